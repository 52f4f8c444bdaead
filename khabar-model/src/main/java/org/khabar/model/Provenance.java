package org.khabar.model;

import java.util.Objects;

/**
 * Who made a decision: the pipeline stage, the rule or model id within it, and its confidence in
 * {@code [0, 1]}. Every extracted fact carries one so that a user can ask "why".
 */
public record Provenance(String stage, String rule, double confidence) {

  public Provenance {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(rule, "rule");
    if (stage.isBlank() || rule.isBlank()) {
      throw new IllegalArgumentException("stage and rule must be named");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  public static Provenance of(String stage, String rule, double confidence) {
    return new Provenance(stage, rule, confidence);
  }
}

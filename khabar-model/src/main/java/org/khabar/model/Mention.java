package org.khabar.model;

import java.util.Objects;

/**
 * A stretch of text that names an entity, as found by a tagger or a gazetteer. {@code text} is the
 * original surface ({@code span.in(document.text())}).
 */
public record Mention(
    CharSpan span, TokenRange tokens, String text, EntityType type, Provenance provenance) {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(provenance, "provenance");
    if (span.isEmpty()) {
      throw new IllegalArgumentException("empty mention at " + span);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
    }
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }
}

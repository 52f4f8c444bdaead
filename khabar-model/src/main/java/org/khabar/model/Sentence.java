package org.khabar.model;

import java.util.Objects;

/** One sentence: its span in the original text and the tokens it holds. */
public record Sentence(int index, CharSpan span, TokenRange tokens) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(tokens, "tokens");
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index " + index);
    }
  }
}

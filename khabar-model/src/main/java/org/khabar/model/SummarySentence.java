package org.khabar.model;

import java.util.Objects;

/** A sentence chosen for an extractive summary, with its score. */
public record SummarySentence(int sentenceIndex, CharSpan span, double score) {

  public SummarySentence {
    Objects.requireNonNull(span, "span");
  }
}

package org.khabar.ner;

import java.util.Objects;
import org.khabar.model.EntityType;

/** A typed run of tokens {@code [first, end)} within one sentence. */
public record NerSpan(int first, int end, EntityType type) {

  public NerSpan {
    Objects.requireNonNull(type, "type");
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("invalid span [" + first + ", " + end + ")");
    }
  }
}

package org.khabar.model;

/** A half-open range {@code [first, end)} of token indices within a document. */
public record TokenRange(int first, int end) {

  public TokenRange {
    if (first < 0 || end < first) {
      throw new IllegalArgumentException("invalid token range [" + first + ", " + end + ")");
    }
  }

  public int size() {
    return end - first;
  }

  public boolean isEmpty() {
    return first == end;
  }

  public boolean contains(int tokenIndex) {
    return first <= tokenIndex && tokenIndex < end;
  }

  @Override
  public String toString() {
    return "tokens[" + first + ", " + end + ")";
  }
}

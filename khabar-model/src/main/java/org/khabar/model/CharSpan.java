package org.khabar.model;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units in a document's original text (Java
 * string indices, which are also JavaScript string indices).
 */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {

  public CharSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }
  }

  public static CharSpan of(int begin, int end) {
    return new CharSpan(begin, end);
  }

  public int length() {
    return end - begin;
  }

  public boolean isEmpty() {
    return begin == end;
  }

  public boolean contains(CharSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  public boolean overlaps(CharSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** The smallest span covering both. */
  public CharSpan union(CharSpan other) {
    return new CharSpan(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  /** The text this span covers; fails when the span does not fit in {@code text}. */
  public String in(String text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span " + this + " exceeds text of length " + text.length());
    }
    return text.substring(begin, end);
  }

  /** Throws when this span does not fit in a text of the given length. */
  public CharSpan checkWithin(int textLength) {
    if (end > textLength) {
      throw new IllegalArgumentException("span " + this + " exceeds text of length " + textLength);
    }
    return this;
  }

  @Override
  public int compareTo(CharSpan o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}

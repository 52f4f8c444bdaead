package org.khabar.text;

import java.util.Objects;
import org.khabar.model.CharSpan;

/**
 * A text in canonical form (see {@link Canonicalizer}) together with the map between its offsets
 * and those of the original text it was made from. Offsets are UTF-16 code unit indices; spans are
 * half-open.
 *
 * <p>The map is a list of <em>groups</em>: each group turns a range of original characters into a
 * range of canonical characters (one to one, one to many as with a nukta letter, many to one as
 * with CRLF, or several to several inside one normalisation segment). Original characters removed
 * by the canonicaliser (zero-width characters, a BOM) belong to no group. Mapping never splits a
 * group: offsets inside a group round to its start, and span ends round to its end. A span mapped
 * back to the original therefore covers whole original characters and never begins or ends with a
 * removed character.
 *
 * <p>Immutable and thread-safe.
 */
public final class CanonicalText {

  private final String original;
  private final String text;
  // null when the canonical text equals the original (identity map)
  private final int[] canonStart; // per canonical char: original start of its group
  private final int[] canonEnd; // per canonical char: original end of its group
  private final int[]
      origToCanon; // per original offset 0..n: canonical start of the group at/after it
  private final int replacementChars;

  CanonicalText(
      String original,
      String text,
      int[] canonStart,
      int[] canonEnd,
      int[] origToCanon,
      int replacementChars) {
    this.original = original;
    this.text = text;
    this.canonStart = canonStart;
    this.canonEnd = canonEnd;
    this.origToCanon = origToCanon;
    this.replacementChars = replacementChars;
  }

  static CanonicalText identity(String original, int replacementChars) {
    return new CanonicalText(original, original, null, null, null, replacementChars);
  }

  /** Original start of the group holding canonical char {@code c}. */
  int groupStart(int c) {
    return canonStart == null ? c : canonStart[c];
  }

  /** Original end of the group holding canonical char {@code c}. */
  int groupEnd(int c) {
    return canonEnd == null ? c + 1 : canonEnd[c];
  }

  /** The canonical text, for NER, linking and display. */
  public String text() {
    return text;
  }

  /** The untouched original text. */
  public String original() {
    return original;
  }

  /** True when the canonical text is the original itself (every offset maps to itself). */
  public boolean isIdentity() {
    return canonStart == null;
  }

  /**
   * How many U+FFFD REPLACEMENT CHARACTERs the canonical text holds (from the original or from lone
   * surrogates): a sign of text damaged before it reached us. They are kept, never dropped.
   */
  public int replacementChars() {
    return replacementChars;
  }

  /** True when {@link #replacementChars()} is not zero. */
  public boolean hasReplacementChars() {
    return replacementChars != 0;
  }

  /**
   * The original offset of a canonical offset in {@code [0, text().length()]}: the start of the
   * group holding it (so an offset inside a group rounds down).
   */
  public int toOriginal(int canonicalOffset) {
    Objects.checkIndex(canonicalOffset, text.length() + 1);
    if (canonStart == null) {
      return canonicalOffset;
    }
    return canonicalOffset == text.length() ? original.length() : canonStart[canonicalOffset];
  }

  /**
   * The original span of a canonical span: from the start of the group holding {@code begin} to the
   * end of the group holding {@code end - 1}. An empty span maps to an empty span.
   */
  public CharSpan toOriginalSpan(int begin, int end) {
    Objects.checkFromToIndex(begin, end, text.length());
    if (canonStart == null) {
      return new CharSpan(begin, end);
    }
    int b = toOriginal(begin);
    return begin == end ? new CharSpan(b, b) : new CharSpan(b, canonEnd[end - 1]);
  }

  /** {@link #toOriginalSpan(int, int)} of a span. */
  public CharSpan toOriginalSpan(CharSpan canonical) {
    return toOriginalSpan(canonical.begin(), canonical.end());
  }

  /**
   * The canonical offset of an original offset in {@code [0, original().length()]}: the canonical
   * start of the group holding it, or, for a removed character, of the next group.
   */
  public int toCanonical(int originalOffset) {
    Objects.checkIndex(originalOffset, original.length() + 1);
    return origToCanon == null ? originalOffset : origToCanon[originalOffset];
  }

  /**
   * The canonical span of an original span: its begin rounds down to a group start and its end
   * rounds up to a group end.
   */
  public CharSpan toCanonicalSpan(int begin, int end) {
    Objects.checkFromToIndex(begin, end, original.length());
    if (origToCanon == null) {
      return new CharSpan(begin, end);
    }
    int b = origToCanon[begin];
    if (begin == end) {
      return new CharSpan(b, b);
    }
    int e = origToCanon[end];
    int m = text.length();
    if (e < m && canonStart[e] < end) {
      // end falls strictly inside the group starting at e: round up to that group's end
      int groupStart = canonStart[e];
      while (e < m && canonStart[e] == groupStart) {
        e++;
      }
    }
    return new CharSpan(b, Math.max(b, e));
  }

  /** {@link #toCanonicalSpan(int, int)} of a span. */
  public CharSpan toCanonicalSpan(CharSpan original) {
    return toCanonicalSpan(original.begin(), original.end());
  }

  @Override
  public String toString() {
    return "CanonicalText[" + text.length() + " chars from " + original.length() + "]";
  }
}

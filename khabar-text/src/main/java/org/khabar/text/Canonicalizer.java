package org.khabar.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Puts Hindi news text into the one canonical form used for NER, linking and display, and keeps a
 * map back to the original offsets ({@link CanonicalText}). It is not a search fold: nothing here
 * loses a distinction a reader would see (no stemming, no nukta or anusvara folding).
 *
 * <h2>Policy</h2>
 *
 * <ol>
 *   <li><b>Unicode NFC</b> (ICU4J {@link Normalizer2}). <b>Nukta:</b> the canonical form is the
 *       decomposed one, base letter + U+093C NUKTA, for every nukta letter. NFC itself decomposes
 *       the composition-excluded letters क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958..U+095F) and composes ऩ ऱ
 *       ऴ, so precomposed and decomposed spellings meet in one form and the result stays in NFC
 *       (any other NFC process, such as a browser or a database, leaves it alone).
 *   <li><b>ZWJ/ZWNJ</b> (U+200D/U+200C) are removed when the nearest visible character on either
 *       side is Devanagari. In Hindi they only ask a font for a half-form or an explicit virama
 *       (क्‍ष against क्ष); the word is the same, and keeping them would make two spellings of one
 *       name. Elsewhere they are kept, because there they are orthographic (Persian and Urdu ZWNJ,
 *       emoji ZWJ sequences).
 *   <li><b>Invisible characters removed:</b> ZERO WIDTH SPACE, WORD JOINER and the invisible
 *       operators U+2060..U+2064, BOM/ZWNBSP U+FEFF, SOFT HYPHEN, and the bidirectional marks and
 *       embeddings (LRM, RLM, U+202A..U+202E, U+2066..U+2069).
 *   <li><b>Spaces:</b> NBSP, the other Unicode space separators, TAB, VT, FF and every other
 *       control character except LF become U+0020 (one for one, never collapsed).
 *   <li><b>Line ends:</b> CRLF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR become LF.
 *   <li><b>U+FFFD</b> is kept and counted ({@link CanonicalText#replacementChars()}); a lone
 *       surrogate becomes U+FFFD, so the canonical text is always well-formed UTF-16.
 *   <li><b>Abbreviation marks:</b> {@code ०} (U+0966), {@code ॰} (U+0970) and Latin {@code 0} right
 *       after a Devanagari letter or sign, and not followed by a digit, become {@code .} (डॉ0 →
 *       डॉ., प्रो॰ → प्रो., उ0प्र0 → उ.प्र.). Digits anywhere else are untouched (२०२०, 10, क्र 0).
 * </ol>
 *
 * <p>Neighbours are judged on visible characters: removed characters in between do not count. One
 * pass of these rules followed by NFC can expose a new case (removing a ZWJ may let NFC compose the
 * letters on both sides), so the pass is repeated until nothing changes; that makes the form
 * idempotent by construction. Real text needs one pass and a cheap check.
 *
 * <p>Stateless and thread-safe.
 */
public final class Canonicalizer {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  static final char ZWNJ = '\u200C';
  static final char ZWJ = '\u200D';
  private static final char REPLACEMENT = '\uFFFD';

  private Canonicalizer() {}

  /** The canonical form of {@code original} with its offset map. */
  public static CanonicalText canonicalize(String original) {
    Objects.requireNonNull(original, "original");
    CanonicalText result = step(original);
    if (result.isIdentity()) {
      return result;
    }
    while (true) {
      CanonicalText next = step(result.text());
      if (next.isIdentity() || next.text().equals(result.text())) {
        return result;
      }
      result = compose(result, next);
    }
  }

  /** One pass of the character rules followed by NFC. */
  private static CanonicalText step(String s) {
    int n = s.length();
    int first = firstChange(s);
    Groups mapped = first < n ? mapCharacters(s, first) : null;
    String mid = mapped == null ? s : mapped.text.toString();
    if (mapped != null && mid.equals(s)) {
      mapped = null; // a candidate (such as a digit zero) that the rules left alone
      mid = s;
    }
    int ok = NFC.spanQuickCheckYes(mid);
    if (ok == mid.length()) {
      return mapped == null ? CanonicalText.identity(s, countReplacements(s)) : mapped.build(s);
    }
    Groups normalized = normalize(mid, mapped, ok);
    if (mapped == null && normalized.text.length() == n && normalized.text.toString().equals(s)) {
      return CanonicalText.identity(s, countReplacements(s));
    }
    return normalized.build(s);
  }

  // ---------------------------------------------------------------- pass 1: character rules

  /** The first index the character rules might change, or {@code s.length()}. */
  private static int firstChange(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if ((c < 0x20 && c != '\n')
            || c == 0x7F
            || (c == '0' && i > 0 && s.charAt(i - 1) >= 0x300)) {
          return i;
        }
      } else if (c >= 0x0900 && c <= 0x097F) {
        if (c == 0x0966 || c == 0x0970) {
          return i;
        }
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (c <= 0xA0
          || c == 0xAD
          || c == 0x1680
          || (c >= 0x2000 && c <= 0x200F)
          || (c >= 0x2028 && c <= 0x202F)
          || (c >= 0x205F && c <= 0x206F)
          || c == 0x3000
          || c == 0xFEFF) {
        return i;
      }
    }
    return n;
  }

  private static Groups mapCharacters(String s, int first) {
    int n = s.length();
    Groups g = new Groups(n + 16);
    for (int k = 0; k < first; k++) {
      g.add(s.charAt(k), k, k + 1);
    }
    int prevVisible = first > 0 ? s.codePointBefore(first) : -1;
    int prevStarter = prevVisible;
    int i = first;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          g.add(c, i, i + 1);
          g.add(s.charAt(i + 1), i + 1, i + 2);
          prevVisible = Character.toCodePoint(c, s.charAt(i + 1));
          i += 2;
        } else {
          g.add(REPLACEMENT, i, i + 1);
          prevVisible = REPLACEMENT;
          i++;
        }
        if (UCharacter.getCombiningClass(prevVisible) == 0) {
          prevStarter = prevVisible;
        }
        continue;
      }
      if (c == '\r') {
        int end = i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        g.add('\n', i, end);
        prevVisible = prevStarter = '\n';
        i = end;
        continue;
      }
      if (isRemovable(c) || c == ZWJ || c == ZWNJ) {
        int runEnd = i;
        while (runEnd < n && (isRemovable(s.charAt(runEnd)) || isJoiner(s.charAt(runEnd)))) {
          runEnd++;
        }
        int nextVisible = runEnd < n ? s.codePointAt(runEnd) : -1;
        boolean devanagari = isDevanagari(prevVisible) || isDevanagari(nextVisible);
        for (int k = i; k < runEnd; k++) {
          char r = s.charAt(k);
          if (isJoiner(r) && !devanagari) {
            g.add(r, k, k + 1);
          }
        }
        i = runEnd;
        continue;
      }
      char out = c;
      if (isLineBreak(c)) {
        out = '\n';
      } else if (isSpaceLike(c)) {
        out = ' ';
      } else if ((c == '0' || c == 0x0966 || c == 0x0970)
          && isDevanagariLetterOrSign(prevStarter)
          && !isDigit(nextVisible(s, i + 1))) {
        out = '.';
      }
      g.add(out, i, i + 1);
      prevVisible = c;
      if (UCharacter.getCombiningClass(c) == 0) {
        prevStarter = c;
      }
      i++;
    }
    return g;
  }

  private static int nextVisible(String s, int from) {
    int n = s.length();
    for (int k = from; k < n; k++) {
      char c = s.charAt(k);
      if (!isRemovable(c) && !isJoiner(c)) {
        return s.codePointAt(k);
      }
    }
    return -1;
  }

  private static boolean isDigit(int cp) {
    return cp >= 0 && UCharacter.isDigit(cp);
  }

  static boolean isJoiner(char c) {
    return c == ZWJ || c == ZWNJ;
  }

  /** Characters removed everywhere (ZWJ/ZWNJ are judged by context). */
  static boolean isRemovable(char c) {
    return c == 0x200B
        || c == 0xFEFF
        || c == 0xAD
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2064)
        || (c >= 0x2066 && c <= 0x2069);
  }

  private static boolean isLineBreak(char c) {
    return c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static boolean isSpaceLike(char c) {
    return (c < 0x20 && c != '\n')
        || (c >= 0x7F && c <= 0xA0)
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  static boolean isDevanagari(int cp) {
    return (cp >= 0x0900 && cp <= 0x097F)
        || (cp >= 0xA8E0 && cp <= 0xA8FF)
        || (cp >= 0x1CD0 && cp <= 0x1CFF)
        || (cp >= 0x11B00 && cp <= 0x11B5F);
  }

  private static boolean isDevanagariLetterOrSign(int cp) {
    if (!isDevanagari(cp)) {
      return false;
    }
    int type = UCharacter.getType(cp);
    return UCharacter.isLetter(cp)
        || type == UCharacter.NON_SPACING_MARK
        || type == UCharacter.COMBINING_SPACING_MARK;
  }

  // ---------------------------------------------------------------- pass 2: NFC by segment

  private static Groups normalize(String mid, Groups mapped, int firstProblem) {
    int len = mid.length();
    Groups out = new Groups(len + 16);
    int pos = 0;
    int ok = firstProblem;
    while (true) {
      if (ok >= len) {
        copy(mid, mapped, pos, len, out);
        return out;
      }
      int segStart = ok;
      while (segStart > pos && !NFC.hasBoundaryBefore(mid.codePointAt(segStart))) {
        segStart -= Character.charCount(mid.codePointBefore(segStart));
      }
      copy(mid, mapped, pos, segStart, out);
      int segEnd = segStart + Character.charCount(mid.codePointAt(segStart));
      while (segEnd < len && !NFC.hasBoundaryBefore(mid.codePointAt(segEnd))) {
        segEnd += Character.charCount(mid.codePointAt(segEnd));
      }
      String segment = mid.substring(segStart, segEnd);
      String normalized = NFC.normalize(segment);
      if (normalized.equals(segment)) {
        copy(mid, mapped, segStart, segEnd, out);
      } else {
        int a = mapped == null ? segStart : mapped.start[segStart];
        int b = mapped == null ? segEnd : mapped.end[segEnd - 1];
        for (int k = 0; k < normalized.length(); k++) {
          out.add(normalized.charAt(k), a, b);
        }
      }
      pos = segEnd;
      ok = pos + NFC.spanQuickCheckYes(CharBuffer.wrap(mid, pos, len));
    }
  }

  private static void copy(String mid, Groups mapped, int from, int to, Groups out) {
    for (int k = from; k < to; k++) {
      if (mapped == null) {
        out.add(mid.charAt(k), k, k + 1);
      } else {
        out.add(mid.charAt(k), mapped.start[k], mapped.end[k]);
      }
    }
  }

  // ---------------------------------------------------------------- maps

  /** The map original → a.text() → b.text(). */
  private static CanonicalText compose(CanonicalText a, CanonicalText b) {
    String text = b.text();
    int m = text.length();
    Groups g = new Groups(m);
    for (int c = 0; c < m; c++) {
      int midStart = b.groupStart(c);
      int midEnd = b.groupEnd(c);
      g.add(text.charAt(c), a.groupStart(midStart), a.groupEnd(midEnd - 1));
    }
    return g.build(a.original());
  }

  private static int countReplacements(CharSequence s) {
    int count = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) == REPLACEMENT) {
        count++;
      }
    }
    return count;
  }

  /** Canonical characters, each with the original range of its group. */
  private static final class Groups {
    final StringBuilder text;
    int[] start;
    int[] end;
    int size;

    Groups(int capacity) {
      text = new StringBuilder(capacity);
      start = new int[Math.max(capacity, 16)];
      end = new int[start.length];
    }

    void add(char c, int a, int b) {
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
      }
      text.append(c);
      start[size] = a;
      end[size] = b;
      size++;
    }

    CanonicalText build(String original) {
      int m = size;
      int n = original.length();
      int[] cs = Arrays.copyOf(start, m);
      int[] ce = Arrays.copyOf(end, m);
      // Merge groups whose original ranges overlap (after composing two maps) so that every group
      // is one run of canonical chars with one original range.
      int g = 0;
      while (g < m) {
        int gs = cs[g];
        int ge = ce[g];
        int k = g + 1;
        while (k < m && cs[k] < ge) {
          ge = Math.max(ge, ce[k]);
          k++;
        }
        for (int j = g; j < k; j++) {
          cs[j] = gs;
          ce[j] = ge;
        }
        g = k;
      }
      int[] o2c = new int[n + 1];
      int o = 0;
      for (int c = 0; c < m; c++) {
        if (c > 0 && cs[c] == cs[c - 1]) {
          continue;
        }
        while (o < ce[c]) {
          o2c[o++] = c;
        }
      }
      while (o <= n) {
        o2c[o++] = m;
      }
      String canonical = text.toString();
      return new CanonicalText(original, canonical, cs, ce, o2c, countReplacements(canonical));
    }
  }
}

package org.khabar.ner;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Word-level helpers for feature extraction: a lookup key that is stable across the spelling
 * variants found in Hindi corpora, a word shape, a script class and a length bucket.
 *
 * <p>Hand-written because these are small, Hindi-specific choices: the key removes zero-width
 * characters and folds nukta and chandrabindu, so that "ज़िले"/"जिले" and "गाँव"/"गांव" share
 * features; the tagger's input is already canonical (see the text module), but the training corpora
 * are not.
 */
public final class Words {

  private Words() {}

  private static final char NUKTA = '\u093C';
  private static final char CHANDRABINDU = '\u0901';
  private static final char ANUSVARA = '\u0902';

  /** The {@link #key} of each word. */
  public static String[] keys(String[] words) {
    String[] keys = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      keys[i] = key(words[i]);
    }
    return keys;
  }

  /**
   * The folded lookup key of a word: NFC, no zero-width marks, no nukta, chandrabindu as anusvara.
   */
  public static String key(String word) {
    String w = Normalizer.isNormalized(word, Normalizer.Form.NFC) ? word : nfc(word);
    StringBuilder sb = null;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char out = fold(c);
      if (out != c && sb == null) {
        sb = new StringBuilder(w.length());
        sb.append(w, 0, i);
      }
      if (sb != null && out != 0) {
        sb.append(out);
      }
    }
    String folded = sb == null ? w : sb.toString();
    return hasNoAsciiUpperCase(folded) ? folded : folded.toLowerCase(Locale.ROOT);
  }

  private static String nfc(String word) {
    // NFC decomposes the precomposed nukta letters (U+0958..U+095F, composition exclusions), which
    // the nukta fold below then removes.
    return Normalizer.normalize(word, Normalizer.Form.NFC);
  }

  /** The folded form of one char, or 0 to drop it; {@code c} itself when unchanged. */
  private static char fold(char c) {
    return switch (c) {
      case NUKTA, '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> 0;
      case CHANDRABINDU -> ANUSVARA;
      case '\u0958' -> '\u0915';
      case '\u0959' -> '\u0916';
      case '\u095A' -> '\u0917';
      case '\u095B' -> '\u091C';
      case '\u095C' -> '\u0921';
      case '\u095D' -> '\u0922';
      case '\u095E' -> '\u092B';
      case '\u095F' -> '\u092F';
      default -> c;
    };
  }

  private static boolean hasNoAsciiUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  /** The script class of a word: DEVA, LATIN, DIGIT, PUNCT, MIXED or OTHER. */
  public static String script(String word) {
    boolean deva = false;
    boolean latin = false;
    boolean digit = false;
    boolean other = false;
    boolean punct = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\u0900' && c <= '\u097F') {
        if (c >= '\u0966' && c <= '\u096F') {
          digit = true;
        } else if (c == '\u0964' || c == '\u0965') {
          punct = true;
        } else {
          deva = true;
        }
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (Character.isLetter(c)) {
        other = true;
      } else if (c < '\u200B' || c > '\u200D') {
        punct = true;
      }
    }
    int kinds = (deva ? 1 : 0) + (latin ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    if (kinds > 1) {
      return "MIXED";
    }
    if (deva) {
      return "DEVA";
    }
    if (latin) {
      return "LATIN";
    }
    if (digit) {
      return "DIGIT";
    }
    if (other) {
      return "OTHER";
    }
    return punct ? "PUNCT" : "OTHER";
  }

  /**
   * A compressed word shape: Latin upper case X, lower case x, digits d, Devanagari letters a,
   * Devanagari signs (matras, virama, anusvara) dropped, anything else kept; runs collapsed. "BJP"
   * → "X", "G20" → "Xd", "कोविड-19" → "a-d", "डॉ." → "a.".
   */
  public static String shape(String word) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < word.length() && sb.length() < 12; i++) {
      char c = word.charAt(i);
      char s;
      if (c >= 'A' && c <= 'Z') {
        s = 'X';
      } else if (c >= 'a' && c <= 'z') {
        s = 'x';
      } else if ((c >= '0' && c <= '9') || (c >= '\u0966' && c <= '\u096F')) {
        s = 'd';
      } else if (c >= '\u0900' && c <= '\u097F') {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
          continue;
        }
        s = c == '\u0964' || c == '\u0965' ? '|' : 'a';
      } else if (Character.isLetter(c)) {
        s = 'L';
      } else if (c >= '\u200B' && c <= '\u200D') {
        continue;
      } else {
        s = c;
      }
      if (s != last) {
        sb.append(s);
        last = s;
      }
    }
    return sb.toString();
  }

  /** A length bucket in code points: 1, 2, 3, 4, 5-6, 7-9, 10+. */
  public static String lengthBucket(String word) {
    int n = word.codePointCount(0, word.length());
    if (n <= 4) {
      return Integer.toString(n);
    }
    if (n <= 6) {
      return "5-6";
    }
    return n <= 9 ? "7-9" : "10+";
  }

  /** The first {@code n} chars of {@code s} (or all of it), without splitting a surrogate pair. */
  public static String prefix(String s, int n) {
    if (s.length() <= n) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(n - 1)) ? n + 1 : n;
    return s.substring(0, end);
  }

  /** The last {@code n} chars of {@code s} (or all of it). */
  public static String suffix(String s, int n) {
    if (s.length() <= n) {
      return s;
    }
    int begin = s.length() - n;
    if (Character.isLowSurrogate(s.charAt(begin))) {
      begin--;
    }
    return s.substring(begin);
  }
}

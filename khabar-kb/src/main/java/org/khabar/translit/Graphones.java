package org.khabar.translit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The units a {@link GraphoneModel} aligns: Latin letters on one side, Devanagari symbols on the
 * other (a consonant with its nukta and virama, a vowel, a vowel sign, or anusvara/visarga).
 */
public final class Graphones {

  /** At most this many Latin letters in one graphone ("chh", "ksh"). */
  public static final int MAX_LATIN = 3;

  /** At most this many Devanagari symbols in one graphone ("क्ष" = क् + ष). */
  public static final int MAX_DEVANAGARI = 2;

  private Graphones() {}

  /** Devanagari symbols of a word in canonical form; empty when it holds anything else. */
  public static List<String> devanagariSymbols(String word) {
    String w = Devanagari.canonical(word);
    List<String> out = new ArrayList<>(w.length());
    int i = 0;
    while (i < w.length()) {
      char c = w.charAt(i);
      if (!Devanagari.isDevanagari(c) || c == '।' || c == '॥' || (c >= 0x0966 && c <= 0x096F)) {
        return List.of();
      }
      int start = i++;
      if (Devanagari.isConsonant(c)) {
        if (i < w.length() && w.charAt(i) == Devanagari.NUKTA) {
          i++;
        }
        if (i < w.length() && w.charAt(i) == Devanagari.VIRAMA) {
          i++;
        }
      }
      out.add(w.substring(start, i));
    }
    return out;
  }

  /** Lowercase ASCII letters of a Latin word; null when it holds anything else. */
  public static String latinLetters(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return null;
      }
    }
    return w;
  }
}

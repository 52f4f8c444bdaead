package org.khabar.translit;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Character classes of the Devanagari block and the matching fold shared by the knowledge base, the
 * alias matcher and the transliterator.
 *
 * <p>{@link #fold(String)} is a deliberately lossy key for comparing names, never a display form:
 * it removes zero-width characters, drops the nukta (खड़गे and खडगे are spelled both ways in the
 * press), writes chandrabindu as anusvara (गाँधी = गांधी), writes a nasal consonant with virama
 * before a consonant as anusvara (गान्धी = गांधी, हिन्दी = हिंदी), lowercases Latin and folds
 * whitespace. Hand-written because it is Hindi-specific: ICU's normalisers keep these distinctions
 * and Lucene's HindiNormalizer folds far more (vowel lengths) than a name key should.
 */
public final class Devanagari {

  public static final char VIRAMA = '\u094D';
  public static final char NUKTA = '\u093C';
  public static final char ANUSVARA = '\u0902';
  public static final char CANDRABINDU = '\u0901';

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private Devanagari() {}

  public static boolean isDevanagari(int c) {
    return (c >= 0x0900 && c <= 0x097F) || (c >= 0xA8E0 && c <= 0xA8FF);
  }

  /** True when the text holds at least one Devanagari letter. */
  public static boolean containsDevanagari(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isDevanagari(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** क..ह, the precomposed nukta letters क़..य़, and the extension letters ॹ..ॿ. */
  public static boolean isConsonant(int c) {
    return (c >= 0x0915 && c <= 0x0939)
        || (c >= 0x0958 && c <= 0x095F)
        || (c >= 0x0979 && c <= 0x097F);
  }

  /** Independent vowels अ..औ, ॠ ॡ, ऄ and the additional vowels ॲ..ॷ. */
  public static boolean isIndependentVowel(int c) {
    return (c >= 0x0904 && c <= 0x0914)
        || c == 0x0960
        || c == 0x0961
        || (c >= 0x0972 && c <= 0x0977);
  }

  /** Dependent vowel signs (matras) ा..ौ, ॎ ॏ, ॢ ॣ, ॕ..ॗ. */
  public static boolean isMatra(int c) {
    return (c >= 0x093E && c <= 0x094C)
        || c == 0x094E
        || c == 0x094F
        || c == 0x0962
        || c == 0x0963
        || (c >= 0x0955 && c <= 0x0957)
        || c == 0x093A
        || c == 0x093B;
  }

  /** Anusvara, chandrabindu, visarga and the inverted candrabindu. */
  public static boolean isSign(int c) {
    return c >= 0x0900 && c <= 0x0903;
  }

  /** Nasal consonants ङ ञ ण न म. */
  private static boolean isNasal(int c) {
    return c == 0x0919 || c == 0x091E || c == 0x0923 || c == 0x0928 || c == 0x092E;
  }

  /** Zero-width joiners/non-joiners/spaces, soft hyphen and BOM. */
  public static boolean isInvisible(int c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
  }

  /**
   * NFC without invisible characters and without a vowel sign repeated by mistake (झुुंझुनूू),
   * nukta kept in its decomposed form (क + ़).
   */
  public static String canonical(String s) {
    StringBuilder b = new StringBuilder(s.length());
    String d = NFD.normalize(s);
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (!isInvisible(c) && !(isMatra(c) && b.length() > 0 && b.charAt(b.length() - 1) == c)) {
        b.append(c);
      }
    }
    // NFC does not recompose क + ़ (composition exclusions), so nukta letters stay decomposed.
    return NFC.normalize(b);
  }

  /** The lossy matching key described in the class comment. */
  public static String fold(String s) {
    String d = NFD.normalize(s);
    StringBuilder b = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (isInvisible(c)
          || c == NUKTA
          || (isMatra(c) && b.length() > 0 && b.charAt(b.length() - 1) == c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      if (c == CANDRABINDU) {
        c = ANUSVARA;
      }
      if (isNasal(c)
          && i + 2 < d.length()
          && d.charAt(i + 1) == VIRAMA
          && isConsonant(d.charAt(i + 2))
          && !isNasal(d.charAt(i + 2))) {
        b.append(ANUSVARA);
        i++; // skip the virama
        continue;
      }
      b.append(c);
    }
    return NFC.normalize(b).toLowerCase(Locale.ROOT);
  }
}

package org.khabar.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/**
 * The tokenizer's character classes, precomputed for the whole BMP from ICU's Unicode properties
 * (general category and script) so that the hot loop does one array read per character.
 */
final class CharClass {

  static final byte SPACE = 0;
  static final byte DEVANAGARI = 1;
  static final byte LATIN = 2;

  /** A letter of any other script. */
  static final byte LETTER = 3;

  static final byte DIGIT = 4;

  /** Combining marks, format characters and the joiners ZWJ/ZWNJ: they extend the token before. */
  static final byte MARK = 5;

  static final byte PUNCT = 6;
  static final byte SYMBOL = 7;

  /** Controls, private use, unassigned, surrogates, U+FFFD. */
  static final byte OTHER = 8;

  private static final byte[] BMP = new byte[0x10000];

  static {
    for (int c = 0; c < BMP.length; c++) {
      BMP[c] = compute(c);
    }
  }

  private CharClass() {}

  static byte of(int cp) {
    return cp < 0x10000 ? BMP[cp] : compute(cp);
  }

  static boolean isLetter(byte cls) {
    return cls == DEVANAGARI || cls == LATIN || cls == LETTER;
  }

  private static byte compute(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return SPACE;
    }
    if (cp == Canonicalizer.ZWJ || cp == Canonicalizer.ZWNJ) {
      return MARK;
    }
    if (cp == 0xFFFD) {
      return OTHER;
    }
    return switch (UCharacter.getType(cp)) {
      case UCharacter.UPPERCASE_LETTER,
          UCharacter.LOWERCASE_LETTER,
          UCharacter.TITLECASE_LETTER,
          UCharacter.MODIFIER_LETTER,
          UCharacter.OTHER_LETTER ->
          letterClass(UScript.getScript(cp));
      case UCharacter.DECIMAL_DIGIT_NUMBER -> DIGIT;
      case UCharacter.NON_SPACING_MARK,
          UCharacter.ENCLOSING_MARK,
          UCharacter.COMBINING_SPACING_MARK,
          UCharacter.FORMAT ->
          MARK;
      case UCharacter.DASH_PUNCTUATION,
          UCharacter.START_PUNCTUATION,
          UCharacter.END_PUNCTUATION,
          UCharacter.CONNECTOR_PUNCTUATION,
          UCharacter.OTHER_PUNCTUATION,
          UCharacter.INITIAL_PUNCTUATION,
          UCharacter.FINAL_PUNCTUATION ->
          PUNCT;
      case UCharacter.MATH_SYMBOL,
          UCharacter.CURRENCY_SYMBOL,
          UCharacter.MODIFIER_SYMBOL,
          UCharacter.OTHER_SYMBOL,
          UCharacter.LETTER_NUMBER,
          UCharacter.OTHER_NUMBER ->
          SYMBOL;
      default -> OTHER;
    };
  }

  private static byte letterClass(int script) {
    if (script == UScript.DEVANAGARI) {
      return DEVANAGARI;
    }
    return script == UScript.LATIN ? LATIN : LETTER;
  }

  // ------------------------------------------------------------------ Devanagari syllables

  static boolean isDevanagariConsonant(int cp) {
    return (cp >= 0x0915 && cp <= 0x0939)
        || (cp >= 0x0958 && cp <= 0x095F)
        || (cp >= 0x0978 && cp <= 0x097F);
  }

  static boolean isDevanagariVowel(int cp) {
    return (cp >= 0x0904 && cp <= 0x0914)
        || (cp >= 0x0960 && cp <= 0x0961)
        || (cp >= 0x0972 && cp <= 0x0977);
  }

  static final int VIRAMA = 0x094D;
}

package org.khabar.kb.build;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.CharSpan;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.translit.Devanagari;

/**
 * A minimal tokeniser for the knowledge base's own evaluations and tests, which must run before
 * (and without) the text module: runs of letters, marks and digits are tokens, every other
 * non-space character is a token of its own; {@code norm} is the canonical form ({@link
 * Devanagari#canonical}). The pipeline uses the text module's tokeniser instead.
 */
public final class SimpleTokenizer {

  private SimpleTokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Devanagari.isInvisible(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      if (isWordChar(c)) {
        while (i < n && isWordChar(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        // keep a joiner inside a word, never at its end
        while (i > start && Devanagari.isInvisible(text.charAt(i - 1))) {
          i--;
        }
      } else {
        i += Character.charCount(c);
      }
      String surface = text.substring(start, i);
      out.add(
          new Token(
              out.size(), new CharSpan(start, i), Devanagari.canonical(surface), kind(surface)));
    }
    return out;
  }

  private static boolean isWordChar(int c) {
    if (Character.isLetterOrDigit(c) || Devanagari.isInvisible(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  private static TokenKind kind(String s) {
    boolean deva = false;
    boolean latin = false;
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (Devanagari.isDevanagari(c)) {
        deva = true;
      } else if (Character.isLetter(c)) {
        latin = true;
      }
    }
    if (!deva && !latin && !digit) {
      return TokenKind.PUNCTUATION;
    }
    if ((deva ? 1 : 0) + (latin ? 1 : 0) + (digit ? 1 : 0) > 1) {
      return TokenKind.MIXED;
    }
    return deva ? TokenKind.DEVANAGARI : latin ? TokenKind.LATIN : TokenKind.NUMBER;
  }
}

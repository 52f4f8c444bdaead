package org.khabar.kb;

import java.util.ArrayList;
import java.util.List;
import org.khabar.translit.Devanagari;

/**
 * Splits names and phrases into the tokens the alias and post matchers compare, the way the text
 * module tokenises running text: a token is a run of letters, combining marks (matras, nukta,
 * virama), digits and zero-width joiners; every other non-space character is a token of its own
 * ("लालू-तेजस्वी" → लालू, -, तेजस्वी; "JD(U)" → JD, (, U, )). Each token is then folded with {@link
 * Devanagari#fold}.
 */
public final class Names {

  private Names() {}

  /** The folded tokens of a name. */
  public static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = name.length();
    while (i < n) {
      int c = name.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      if (isWordChar(c)) {
        while (i < n && isWordChar(name.codePointAt(i))) {
          i += Character.charCount(name.codePointAt(i));
        }
      } else {
        i += Character.charCount(c);
      }
      String tok = Devanagari.fold(name.substring(start, i));
      if (!tok.isEmpty()) {
        out.add(tok);
      }
    }
    return out;
  }

  /** The folded tokens joined by single spaces: the key under which a name is indexed. */
  public static String key(String name) {
    return String.join(" ", tokens(name));
  }

  static boolean isWordChar(int c) {
    if (Character.isLetterOrDigit(c) || Devanagari.isInvisible(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /** A readable ASCII id slug of a Latin name: "Mallikarjun Kharge" → "mallikarjun-kharge". */
  public static String slug(String latin) {
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    String ascii =
        java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD)
            .toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && b.length() > 0) {
          b.append('-');
        }
        b.append(c);
        dash = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        dash = true;
      }
    }
    return b.toString();
  }
}

package org.khabar.archive.dedup;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.khabar.model.Article;

/**
 * The comparison form of an article for duplicate detection: NFC (which also unifies precomposed
 * and base+nukta letters), zero-width characters removed, every run of white space (NBSP included)
 * one space. Two articles with the same canonical headline and body are exact duplicates.
 */
public final class Canonical {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private Canonical() {}

  public static String text(String s) {
    String n = NFC.normalize(s);
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && !b.isEmpty()) {
        b.append(' ');
      }
      space = false;
      b.append(c);
    }
    return b.toString();
  }

  /** SHA-256 (hex) of the canonical headline and body. */
  public static String hash(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(text(a.headline()).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(text(a.body()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The words of a text for shingling: runs of letters, marks and digits of the canonical form,
   * lower-cased; punctuation (danda included) separates words and is dropped.
   */
  public static List<String> words(String s) {
    String c = text(s);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= c.length(); i++) {
      boolean word = false;
      if (i < c.length()) {
        int type = Character.getType(c.charAt(i));
        word =
            Character.isLetterOrDigit(c.charAt(i))
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
      }
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(c.substring(start, i).toLowerCase(java.util.Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}

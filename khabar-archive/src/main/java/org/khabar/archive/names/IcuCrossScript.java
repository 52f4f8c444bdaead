package org.khabar.archive.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cross-script forms from ICU's {@code Devanagari-Latin; Latin-ASCII; Lower} transform plus two
 * small, hand-written steps ICU has no rule for:
 *
 * <ul>
 *   <li><b>final schwa deletion</b>: ICU writes the inherent vowel of a word-final consonant (राहुल
 *       → rahula); Hindi does not pronounce it, so the news spelling (rahul) is the first form and
 *       ICU's form the second;
 *   <li><b>the consonant skeleton</b>: the ordered folds of {@code skeleton-folds.tsv} (sh→s, w→v,
 *       ph→f, q→k, z→j...), doubled letters collapsed, vowels after the first letter dropped.
 * </ul>
 *
 * <p>Transliterators are not documented as thread-safe, so each thread gets its own.
 */
public final class IcuCrossScript implements CrossScript {

  private static final String ICU_ID = "Devanagari-Latin; Latin-ASCII; Lower";
  private static final String LATIN_ID = "Any-Latin; Latin-ASCII; Lower";
  private static final IcuCrossScript INSTANCE = new IcuCrossScript();

  private final ThreadLocal<Transliterator> devanagari =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(ICU_ID));
  private final ThreadLocal<Transliterator> other =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(LATIN_ID));
  private final Normalizer2 nfc = Normalizer2.getNFCInstance();
  private final List<String[]> latinFolds;
  private final List<String[]> devanagariFolds;

  private IcuCrossScript() {
    List<String[]> latin = new ArrayList<>();
    List<String[]> deva = new ArrayList<>();
    for (String[] row : readFolds()) {
      switch (row[0]) {
        case "both" -> {
          latin.add(new String[] {row[1], row[2]});
          deva.add(new String[] {row[1], row[2]});
        }
        case "latin" -> latin.add(new String[] {row[1], row[2]});
        case "devanagari" -> deva.add(new String[] {row[1], row[2]});
        default -> throw new IllegalStateException("skeleton-folds.tsv: bad scope " + row[0]);
      }
    }
    this.latinFolds = List.copyOf(latin);
    this.devanagariFolds = List.copyOf(deva);
  }

  public static IcuCrossScript instance() {
    return INSTANCE;
  }

  @Override
  public List<String> romanizations(String word) {
    String w = nfc.normalize(word);
    if (!hasLetter(w)) {
      return List.of();
    }
    if (isDevanagari(w)) {
      String full = lettersOnly(devanagari.get().transliterate(w));
      if (full.isEmpty()) {
        return List.of();
      }
      if (endsInBareConsonant(w) && full.length() > 2 && full.endsWith("a")) {
        return List.of(full.substring(0, full.length() - 1), full);
      }
      return List.of(full);
    }
    String latin = lettersOnly(other.get().transliterate(w.toLowerCase(Locale.ROOT)));
    return latin.isEmpty() ? List.of() : List.of(latin);
  }

  @Override
  public String skeleton(String word) {
    String w = nfc.normalize(word);
    if (!hasLetter(w)) {
      return "";
    }
    boolean deva = isDevanagari(w);
    String s;
    if (deva) {
      s = lettersOnly(devanagari.get().transliterate(w));
    } else {
      List<String> forms = romanizations(w);
      s = forms.isEmpty() ? "" : forms.get(0);
    }
    return skeletonOfLatin(s, deva ? devanagariFolds : latinFolds);
  }

  private static String skeletonOfLatin(String latin, List<String[]> folds) {
    if (latin.isEmpty()) {
      return "";
    }
    String s = latin;
    for (String[] f : folds) {
      s = s.replace(f[0], f[1]);
    }
    StringBuilder collapsed = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != c) {
        collapsed.append(c);
      }
    }
    StringBuilder out = new StringBuilder(collapsed.length());
    for (int i = 0; i < collapsed.length(); i++) {
      char c = collapsed.charAt(i);
      if (i == 0 || !isVowel(c)) {
        out.append(c);
      }
    }
    return out.length() >= MIN_SKELETON ? out.toString() : "";
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean hasLetter(String w) {
    return w.codePoints().anyMatch(Character::isLetter);
  }

  /** True when the word's letters are Devanagari. */
  static boolean isDevanagari(String w) {
    return w.codePoints()
        .filter(Character::isLetter)
        .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI);
  }

  /**
   * A Devanagari word that ends in a consonant carrying its inherent vowel (no matra, no virama).
   */
  private static boolean endsInBareConsonant(String w) {
    int i = w.length() - 1;
    while (i >= 0
        && (w.charAt(i) == '\u093C' || w.charAt(i) == '\u200C' || w.charAt(i) == '\u200D')) {
      i--; // a nukta belongs to its consonant; joiners are invisible
    }
    if (i < 0) {
      return false;
    }
    char c = w.charAt(i);
    return (c >= '\u0915' && c <= '\u0939') || (c >= '\u0958' && c <= '\u095F');
  }

  private static String lettersOnly(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<String[]> readFolds() {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = IcuCrossScript.class.getResourceAsStream("skeleton-folds.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource skeleton-folds.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 3) {
          throw new IllegalStateException("skeleton-folds.tsv:" + n + ": want 3 columns");
        }
        rows.add(new String[] {cols[0].strip(), cols[1].strip(), cols[2].strip()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}

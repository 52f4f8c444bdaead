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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Cross-script forms from ICU's {@code Devanagari-Latin} and {@code Latin-ASCII} transforms, with
 * three small steps ICU has no rule for:
 *
 * <ul>
 *   <li><b>schwa deletion</b> ({@link SchwaDeletion}) before transliterating, so that the first
 *       spelling is the one newspapers print (खरगे → kharge, राहुल → rahul); ICU's own spelling,
 *       which keeps every inherent vowel, comes second;
 *   <li><b>spelling folds</b> ({@code folds.tsv}: sh→s, w→v, ph→f, z→j, ck→k, iya→ia...) applied
 *       alike to romanised Devanagari and to Latin words, then doubled letters collapsed;
 *   <li><b>consonant skeletons</b>: the folded spelling without its vowels after the first letter;
 *       a second skeleton without aspiration (gh→g, th→t) meets Latin spellings that drop or add an
 *       h (Ghaziabad, गाजियाबाद).
 * </ul>
 *
 * <p>Transliterators are not documented as thread-safe, so each thread gets its own. News words
 * repeat a lot, so the forms of the last {@value #CACHE} distinct words are remembered.
 */
public final class IcuCrossScript implements CrossScript {

  private static final IcuCrossScript INSTANCE = new IcuCrossScript();
  private static final int CACHE = 200_000;
  private static final Pattern ASPIRATION = Pattern.compile("(?<=[bcdgjkpt])h");

  private final ThreadLocal<Transliterator> devanagari =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Devanagari-Latin"));
  private final ThreadLocal<Transliterator> ascii =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
  private final Normalizer2 nfc = Normalizer2.getNFCInstance();

  private record Fold(Pattern pattern, String replacement) {
    String apply(String s) {
      return pattern.matcher(s).replaceAll(replacement);
    }
  }

  /** The forms of one word. */
  private record Forms(List<String> romanizations, List<String> skeletons) {}

  private final ConcurrentHashMap<String, Forms> cache = new ConcurrentHashMap<>();
  private final List<Fold> icuFolds = new ArrayList<>();
  private final List<Fold> devanagariFolds = new ArrayList<>();
  private final List<Fold> latinFolds = new ArrayList<>();

  private IcuCrossScript() {
    for (String[] row : readFolds()) {
      Fold f = new Fold(Pattern.compile(row[1]), row[2]);
      switch (row[0]) {
        case "icu" -> icuFolds.add(f);
        case "devanagari" -> devanagariFolds.add(f);
        case "latin" -> latinFolds.add(f);
        case "both" -> {
          devanagariFolds.add(f);
          latinFolds.add(f);
        }
        default -> throw new IllegalStateException("folds.tsv: unknown scope " + row[0]);
      }
    }
  }

  public static IcuCrossScript instance() {
    return INSTANCE;
  }

  @Override
  public List<String> romanizations(String word) {
    return forms(word).romanizations();
  }

  @Override
  public List<String> skeletons(String word) {
    return forms(word).skeletons();
  }

  private Forms forms(String word) {
    Forms f = cache.get(word);
    if (f == null) {
      List<String> romanizations = computeRomanizations(word);
      f = new Forms(romanizations, computeSkeletons(romanizations));
      if (cache.size() >= CACHE) {
        cache.clear(); // crude, but bounded and lock-free; refills with the frequent words
      }
      cache.put(word, f);
    }
    return f;
  }

  private List<String> computeRomanizations(String word) {
    String w = clean(word);
    if (!hasLetter(w)) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    if (isDevanagari(w)) {
      add(out, fold(romanise(SchwaDeletion.apply(w)), devanagariFolds));
      add(out, fold(romanise(w), devanagariFolds));
    } else {
      add(
          out,
          fold(lettersOnly(ascii.get().transliterate(w.toLowerCase(Locale.ROOT))), latinFolds));
    }
    return List.copyOf(out);
  }

  private static List<String> computeSkeletons(List<String> forms) {
    if (forms.isEmpty()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    String skeleton = dropVowels(forms.get(0));
    add(out, skeleton);
    add(out, collapse(ASPIRATION.matcher(skeleton).replaceAll("")));
    out.removeIf(s -> s.length() < MIN_SKELETON);
    return List.copyOf(out);
  }

  private String romanise(String devanagariWord) {
    String latin = devanagari.get().transliterate(devanagariWord);
    for (Fold f : icuFolds) {
      latin = f.apply(latin);
    }
    return lettersOnly(ascii.get().transliterate(latin));
  }

  private static String fold(String s, List<Fold> folds) {
    String out = s;
    for (Fold f : folds) {
      out = f.apply(out);
    }
    return collapse(out);
  }

  private static void add(Set<String> out, String s) {
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  private static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String dropVowels(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == 0 || "aeiou".indexOf(c) < 0) {
        b.append(c);
      }
    }
    return collapse(b.toString());
  }

  private String clean(String word) {
    String n = nfc.normalize(word);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\u2060' && c != '\uFEFF') {
        b.append(c);
      }
    }
    return b.toString();
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
    try (InputStream in = IcuCrossScript.class.getResourceAsStream("folds.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource folds.tsv");
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
          throw new IllegalStateException("folds.tsv:" + n + ": want 3 columns");
        }
        rows.add(new String[] {cols[0].strip(), cols[1].strip(), cols[2].strip()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}

package org.khabar.translit;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based Devanagari → Latin in the spelling the English-language press uses for Hindi names
 * (राहुल गांधी → rahul gandhi, खरगे → kharge, शिवसेना → shivsena).
 *
 * <p>Three steps: {@link SchwaDeletion} marks the silent inherent vowels with a virama; ICU's
 * {@code Devanagari-Latin} maps letters to ISO 15919 (it handles conjuncts, nukta letters and the
 * homorganic anusvara: संघ → saṅgha, चंपारण → campāraṇa); the news-style rules in {@code
 * news-latin.txt} (an ICU rule file) then write ś ṣ as sh, c as ch, drop vowel length and
 * diacritics. ICU alone keeps every schwa (rahula, kharage), hence step one.
 *
 * <p>Thread-safe: ICU transliterators are shared under a lock (their thread-safety is not
 * documented); callers cache per word (see {@link Translit}).
 */
public final class NewsRomanizer {

  private static final String RULES = "news-latin.txt";
  private static final String LONG_RULES = "news-latin-long.txt";

  private final Transliterator iso;
  private final Transliterator news;
  private final Transliterator newsLong;

  public NewsRomanizer() {
    this.iso = Transliterator.getInstance("Devanagari-Latin");
    String rules = resource(RULES);
    this.news = Transliterator.createFromRules("khabar-news-latin", rules, Transliterator.FORWARD);
    this.newsLong =
        Transliterator.createFromRules(
            "khabar-news-latin-long", resource(LONG_RULES) + "\n" + rules, Transliterator.FORWARD);
  }

  /** सिंह at the end of a word is pronounced and written singh: spell it with घ for ICU. */
  private static final java.util.regex.Pattern SINGH =
      java.util.regex.Pattern.compile("िंह(?![\u0900-\u0963\u0970-\u097F])");

  private static String prepare(String text) {
    return SINGH.matcher(Devanagari.canonical(text)).replaceAll("िंघ");
  }

  /** The main romanisation of a Devanagari word or phrase; Latin input comes back lowercased. */
  public String romanize(String text) {
    return render(SchwaDeletion.apply(prepare(text)), false);
  }

  /**
   * The main romanisation first, then variants: long vowels doubled (aa/ee/oo), v written w, and
   * medial schwas kept (जनता → janata). Distinct, at most eight.
   */
  public List<String> variants(String text) {
    String canon = prepare(text);
    String deleted = SchwaDeletion.apply(canon);
    String finalOnly = finalSchwaOnly(canon, deleted);
    Set<String> out = new LinkedHashSet<>();
    // most words have no medial schwa to restore: the second form is then the first, and would
    // only add the same strings again
    for (String form : finalOnly.equals(deleted) ? List.of(deleted) : List.of(deleted, finalOnly)) {
      for (boolean longVowels : new boolean[] {false, true}) {
        String r = render(form, longVowels);
        out.add(r);
        out.add(r.replace('v', 'w'));
      }
    }
    return new ArrayList<>(out);
  }

  /** Romanises the Devanagari runs of the text; other characters are only lowercased. */
  private String render(String withViramas, boolean longVowels) {
    StringBuilder out = new StringBuilder(withViramas.length() + 8);
    int i = 0;
    while (i < withViramas.length()) {
      int start = i;
      boolean deva = Devanagari.isDevanagari(withViramas.charAt(i));
      while (i < withViramas.length() && Devanagari.isDevanagari(withViramas.charAt(i)) == deva) {
        i++;
      }
      String run = withViramas.substring(start, i);
      out.append(deva ? renderDevanagari(run, longVowels) : run.toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  private String renderDevanagari(String run, boolean longVowels) {
    String iso15919;
    synchronized (iso) {
      iso15919 = iso.transliterate(run);
    }
    Transliterator t = longVowels ? newsLong : news;
    synchronized (t) {
      return t.transliterate(iso15919);
    }
  }

  /**
   * Undo the medial deletions of {@code deleted}: keep only viramas that {@link SchwaDeletion} put
   * on a word's last akshara.
   */
  private static String finalSchwaOnly(String canon, String deleted) {
    StringBuilder b = new StringBuilder(deleted.length());
    int j = 0; // index into canon
    for (int i = 0; i < deleted.length(); i++) {
      char c = deleted.charAt(i);
      if (j < canon.length() && canon.charAt(j) == c) {
        b.append(c);
        j++;
        continue;
      }
      // c is an inserted virama: keep it only at the end of a word.
      boolean wordEnd = true;
      for (int k = i + 1; k < deleted.length(); k++) {
        char n = deleted.charAt(k);
        if (Devanagari.isSign(n)) {
          continue;
        }
        wordEnd = !Devanagari.isDevanagari(n) || n == '\u0964';
        break;
      }
      if (wordEnd) {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String resource(String name) {
    try (InputStream in = NewsRomanizer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

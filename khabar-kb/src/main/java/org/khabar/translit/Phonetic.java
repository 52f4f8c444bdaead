package org.khabar.translit;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * A consonant-skeleton key for matching names across scripts and spellings: खड़गे, खरगे, Kharge and
 * Khadge all give {@code krg}; तेजस्वी and Tejashwi give {@code tjsv}.
 *
 * <p>Devanagari is first romanised with {@link NewsRomanizer}; then, per word: diacritics are
 * removed, {@code sh→s, chh/ch→c, c→k, ph→f, w→v, q→k, z→j, x→ks}, aspiration is dropped (kh→k,
 * dh→d), every non-initial d becomes r (ड़ is written d or r), m before a consonant becomes n,
 * doubled letters are single, and vowels are dropped except a word's first letter. Short keys
 * collide (ने → n): rank key matches below exact alias matches. Words are joined by one space.
 *
 * <p>Hand-written: no library offers an Indian-name skeleton (Soundex/Metaphone are tuned to
 * English spelling and fold too little, e.g. sh/s, w/v, d/r).
 */
public final class Phonetic {

  private static final BoundedCache<String, String> CACHE = new BoundedCache<>(65_536);

  private Phonetic() {}

  /** The key of a Latin or Devanagari name; empty for input without letters. */
  public static String key(String latinOrDevanagari) {
    return CACHE.get(latinOrDevanagari, Phonetic::compute);
  }

  private static String compute(String s) {
    String latin =
        Devanagari.containsDevanagari(s)
            ? Holder.ROMANIZER.romanize(Devanagari.fold(s))
            : s.toLowerCase(Locale.ROOT);
    String ascii;
    synchronized (Holder.ASCII) {
      ascii = Holder.ASCII.transliterate(latin).toLowerCase(Locale.ROOT);
    }
    StringBuilder out = new StringBuilder();
    for (String word : ascii.split("[^a-z]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String k = wordKey(word);
      if (!k.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(k);
      }
    }
    return out.toString();
  }

  static String wordKey(String w) {
    // ch and chh (च, छ) become c; any other c is k (congress); the marker keeps them apart.
    String s =
        w.replace("x", "ks")
            .replace("chh", "\u0001")
            .replace("ch", "\u0001")
            .replace("ck", "k")
            .replace('c', 'k')
            .replace('\u0001', 'c')
            .replace("sh", "s")
            .replace("ph", "f")
            .replace('w', 'v')
            .replace('q', 'k')
            .replace('z', 'j')
            .replace("ee", "i")
            .replace("oo", "u");
    StringBuilder b = new StringBuilder(s.length());
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean initial = i == 0;
      boolean vowel = isVowel(c);
      if (vowel) {
        if (initial) {
          b.append(c);
          prev = c;
        } else {
          prev = c;
        }
        continue;
      }
      if (c == 'h' && !initial && !isVowel(s.charAt(i - 1))) {
        continue; // aspiration: kh → k
      }
      if (c == 'd' && !initial) {
        c = 'r';
      }
      if (c == 'm' && i + 1 < s.length() && !isVowel(s.charAt(i + 1)) && s.charAt(i + 1) != 'm') {
        c = 'n';
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) == c && !isVowel(prev)) {
        continue; // doubled consonant
      }
      b.append(c);
      prev = c;
    }
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static final class Holder {
    static final NewsRomanizer ROMANIZER = new NewsRomanizer();
    static final Transliterator ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  }
}

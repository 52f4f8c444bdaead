package org.khabar.translit;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * A consonant-skeleton key for matching names across scripts and spellings: खड़गे, खरगे, Kharge and
 * Khadge all give {@code krg}; तेजस्वी and Tejashwi give {@code tjsv}.
 *
 * <p>Devanagari is first written letter by letter in Latin ({@link #letters}); then, per word:
 * diacritics are removed, {@code sh→s, chh/ch→c, c→k, ph→f, w→v, q→k, z→j, x→ks}, aspiration is
 * dropped (kh→k, dh→d), every non-initial d becomes r (ड़ is written d or r), m before a consonant
 * becomes n, doubled letters are single, and vowels are dropped except a word's first letter. Short
 * keys collide (ने → n): rank key matches below exact alias matches. Words are joined by one space.
 *
 * <p>Hand-written: no library offers an Indian-name skeleton (Soundex/Metaphone are tuned to
 * English spelling and fold too little, e.g. sh/s, w/v, d/r).
 */
public final class Phonetic {

  private static final BoundedCache<String, String> CACHE = new BoundedCache<>(65_536);
  private static final BoundedCache<String, String> WORDS = new BoundedCache<>(65_536);

  private Phonetic() {}

  /** The key of a Latin or Devanagari name; empty for input without letters. */
  public static String key(String latinOrDevanagari) {
    return CACHE.get(latinOrDevanagari, Phonetic::compute);
  }

  /** Keys word by word (names share words: सिंह, कुमार, यादव), each word's key cached. */
  private static String compute(String s) {
    StringBuilder out = new StringBuilder();
    for (String word : s.split("[\\s\\-\u2010\u2013/,.()]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String k = WORDS.get(word, Phonetic::computeWord);
      if (!k.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(k);
      }
    }
    return out.toString();
  }

  private static String computeWord(String word) {
    String ascii;
    if (Devanagari.containsDevanagari(word)) {
      ascii = letters(Devanagari.fold(word));
    } else {
      synchronized (Holder.ASCII) {
        ascii = Holder.ASCII.transliterate(word).toLowerCase(Locale.ROOT);
      }
    }
    StringBuilder out = new StringBuilder();
    for (String part : ascii.split("[^a-z]+")) {
      if (!part.isEmpty()) {
        out.append(wordKey(part));
      }
    }
    return out.toString();
  }

  /**
   * Devanagari letter by letter in Latin, every inherent vowel written: the skeleton drops
   * non-initial vowels, so schwa deletion is not needed here, and a table is far cheaper than the
   * news romaniser (the key is computed for every name of the knowledge base).
   */
  static String letters(String deva) {
    String w = deva.endsWith("िंह") ? deva.substring(0, deva.length() - 3) + "िंघ" : deva;
    StringBuilder b = new StringBuilder(w.length() * 2);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean nukta = i + 1 < w.length() && w.charAt(i + 1) == Devanagari.NUKTA;
      if (c == 'ज'
          && i + 2 < w.length()
          && w.charAt(i + 1) == Devanagari.VIRAMA
          && w.charAt(i + 2) == 'ञ') {
        b.append("gya");
        i += 2;
        continue;
      }
      String cons = nukta ? NUKTA_LETTERS.get(c) : CONSONANTS.get(c);
      if (cons != null) {
        b.append(cons);
        if (nukta) {
          i++;
        }
        char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
        if (next != Devanagari.VIRAMA && !Devanagari.isMatra(next)) {
          b.append('a');
        }
        continue;
      }
      String v = VOWELS.get(c);
      if (v != null) {
        b.append(v);
      } else if (c == Devanagari.ANUSVARA || c == Devanagari.CANDRABINDU) {
        b.append('n');
      } else if (c == 'ः') {
        b.append('h');
      } else if (!Devanagari.isDevanagari(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final java.util.Map<Character, String> CONSONANTS =
      table(
          "कkखkhगgघghङnचchछchhजjझjhञnटtठthडdढdhणnतtथthदdधdhनnपpफphबbभbhमmयyरrलlवvशshषshसsहhळlऱrऩn");

  private static final java.util.Map<Character, String> NUKTA_LETTERS = table("कqखkhगgजzडrढrhफfयy");

  private static final java.util.Map<Character, String> VOWELS =
      table("अaआaaइiईiiउuऊuuऋriएeऐaiओoऔauऑoऍeऎeऒoाaaिiीiiुuूuuृriॄriेeैaiोoौauॅeॉoॆeॊoॢli");

  /** Reads "कk खkh…": each Devanagari letter followed by its Latin letters. */
  private static java.util.Map<Character, String> table(String spec) {
    java.util.Map<Character, String> m = new java.util.HashMap<>();
    int i = 0;
    while (i < spec.length()) {
      char key = spec.charAt(i++);
      int start = i;
      while (i < spec.length() && spec.charAt(i) < 0x0900) {
        i++;
      }
      m.put(key, spec.substring(start, i));
    }
    return java.util.Map.copyOf(m);
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
    static final Transliterator ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  }
}

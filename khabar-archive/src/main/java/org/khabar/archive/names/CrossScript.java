package org.khabar.archive.names;

import java.util.List;

/**
 * How a word is matched across scripts: its phonetic spellings in lower-case ASCII (राहुल → rahul;
 * Tejashwi → tejasvi) and its consonant skeletons, which survive vowel and spelling variation
 * (खरगे, खड़गे, kharge → {@code khrg}). Implementations are pure and thread-safe; the default is
 * {@link IcuCrossScript}, built on ICU alone, and a knowledge-base transliterator can replace it.
 */
public interface CrossScript {

  /** The shortest skeleton indexed. */
  int MIN_SKELETON = 3;

  /**
   * The shortest skeleton a query may match on, unless the query word is an acronym: three
   * consonants collide too often (bihar and भारी are both {@code bhr}).
   */
  int MIN_QUERY_SKELETON = 4;

  /** The phonetic spellings of one word, most likely first; empty when it has no letters. */
  List<String> romanizations(String word);

  /**
   * The consonant skeletons of one word: with aspiration, then without when that differs; only
   * those of at least {@link #MIN_SKELETON} letters.
   */
  List<String> skeletons(String word);

  /** An acronym as typed: two to five Latin capitals (RJD, BJP) or Latin letters with no vowel. */
  static boolean isAcronym(String word) {
    int n = word.length();
    if (n < 2 || n > 5) {
      return false;
    }
    boolean upper = true;
    boolean vowel = false;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
      upper &= c >= 'A' && c <= 'Z';
      vowel |= "aeiouAEIOU".indexOf(c) >= 0;
    }
    return upper || !vowel;
  }

  /** The skeletons a query word may match on (see {@link #MIN_QUERY_SKELETON}). */
  default List<String> querySkeletons(String word) {
    boolean acronym = isAcronym(word);
    return skeletons(word).stream()
        .filter(s -> acronym || s.length() >= MIN_QUERY_SKELETON)
        .toList();
  }

  /** The ICU-only default. */
  static CrossScript icu() {
    return IcuCrossScript.instance();
  }
}

package org.khabar.archive.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Hindi schwa deletion (Ohala's rule, as used by Hindi text-to-speech): the inherent vowel of a
 * consonant is not pronounced at the end of a word of two or more syllables after a single
 * consonant, nor inside a word between a vowel-and-consonant and a consonant-and-vowel ({@code
 * VC_CV}), applied right to left so that two neighbouring schwas are never both dropped. Deleted
 * schwas are written as a virama, so a transliterator then spells the word as it is said: खरगे →
 * खर्गे (kharge), लखनऊ → लख्नऊ (lakhnau), राहुल → राहुल् (rahul). A schwa before a nasal sign is
 * kept.
 *
 * <p>Hand-written: ICU's Devanagari-Latin transform keeps every inherent vowel, and no library here
 * implements the rule. It is a rule, not a lexicon, and misses compounds and some names.
 */
public final class SchwaDeletion {

  private static final char VIRAMA = '\u094D';

  private SchwaDeletion() {}

  /** A consonant or vowel of the word; a schwa knows where its consonant ends. */
  private record Phone(boolean vowel, boolean schwa, boolean nasal, int insertAt) {}

  /** The word with a virama after each consonant whose schwa is not pronounced. */
  public static String apply(String word) {
    List<Phone> phones = phones(word);
    boolean[] deleted = new boolean[phones.size()];
    int vowels = 0;
    for (Phone p : phones) {
      if (p.vowel()) {
        vowels++;
      }
    }
    for (int k = phones.size() - 1; k >= 0; k--) {
      Phone p = phones.get(k);
      if (!p.schwa() || p.nasal() || k < 2) {
        continue;
      }
      boolean singleConsonantAfterVowel =
          !phones.get(k - 1).vowel() && phones.get(k - 2).vowel() && !deleted[k - 2];
      if (!singleConsonantAfterVowel) {
        continue;
      }
      boolean last = k == phones.size() - 1;
      if (last) {
        deleted[k] = vowels >= 2;
        continue;
      }
      boolean consonantVowelAfter =
          k + 2 < phones.size()
              && !phones.get(k + 1).vowel()
              && phones.get(k + 2).vowel()
              && !deleted[k + 2];
      deleted[k] = consonantVowelAfter;
    }
    StringBuilder b = new StringBuilder(word.length() + 4);
    int from = 0;
    for (int k = 0; k < phones.size(); k++) {
      if (deleted[k]) {
        int at = phones.get(k).insertAt();
        b.append(word, from, at).append(VIRAMA);
        from = at;
      }
    }
    return b.append(word, from, word.length()).toString();
  }

  private static List<Phone> phones(String w) {
    List<Phone> out = new ArrayList<>();
    int i = 0;
    int n = w.length();
    while (i < n) {
      char c = w.charAt(i);
      if (isConsonant(c)) {
        int end = i + 1;
        while (end < n && (w.charAt(end) == '\u093C' || isJoiner(w.charAt(end)))) {
          end++; // nukta, or an invisible joiner
        }
        out.add(new Phone(false, false, false, end));
        if (end < n && w.charAt(end) == VIRAMA) {
          i = end + 1; // a conjunct: no vowel here
          continue;
        }
        if (end < n && isVowelSign(w.charAt(end))) {
          out.add(new Phone(true, false, false, end));
          i = end + 1;
          continue;
        }
        boolean nasal = end < n && isModifier(w.charAt(end));
        out.add(new Phone(true, true, nasal, end));
        i = end;
      } else if (isIndependentVowel(c)) {
        out.add(new Phone(true, false, false, i + 1));
        i++;
      } else {
        i++; // signs (anusvara, visarga), digits, joiners: no phone of their own
      }
    }
    return out;
  }

  private static boolean isConsonant(char c) {
    return (c >= '\u0915' && c <= '\u0939') || (c >= '\u0958' && c <= '\u095F');
  }

  private static boolean isVowelSign(char c) {
    return (c >= '\u093E' && c <= '\u094C')
        || c == '\u0962'
        || c == '\u0963'
        || (c >= '\u0955' && c <= '\u0957');
  }

  private static boolean isIndependentVowel(char c) {
    return (c >= '\u0904' && c <= '\u0914') || c == '\u0960' || c == '\u0961';
  }

  /** Signs that nasalise or close the vowel before them: candrabindu, anusvara, visarga. */
  private static boolean isModifier(char c) {
    return c >= '\u0901' && c <= '\u0903';
  }

  private static boolean isJoiner(char c) {
    return c == '\u200C' || c == '\u200D';
  }
}

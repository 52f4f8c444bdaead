package org.khabar.translit;

import java.util.ArrayList;
import java.util.List;

/**
 * Hindi schwa deletion: decides which inherent vowels of a Devanagari word are silent and writes
 * them out as an explicit virama, so that a letter-by-letter transliterator (ICU's
 * Devanagari-Latin, which always pronounces the inherent vowel: खरगे → kharagē) yields the spoken
 * form (खर्गे → kharge).
 *
 * <p>Rules (after Ohala's VC_CV rule, applied right to left so that a deletion blocks the one
 * before it):
 *
 * <ul>
 *   <li>the inherent vowel of a word's last akshara is dropped (राहुल → rahul), except after a
 *       conjunct ending in य र ल व म न (मित्र → mitra, आदित्य → aditya, धर्म → dharma) and after य
 *       preceded by i/ī/e (भारतीय → bhartiya), and except in one-akshara words (न → na);
 *   <li>a medial inherent vowel is dropped when its akshara is a single consonant, the akshara
 *       before has a pronounced vowel and the akshara after is a consonant with a pronounced vowel
 *       (कमला → kamla, राजनाथ → rajnath, अमरनाथ → amarnath; कमल → kamal keeps its middle a);
 *   <li>the first akshara always keeps its vowel.
 * </ul>
 *
 * Morphological compounds (मायावती, जनता) defeat these rules; the learnt model and the knowledge
 * base's English names cover them.
 */
public final class SchwaDeletion {

  private SchwaDeletion() {}

  /** One akshara: an optional consonant cluster and its vowel. */
  private static final class Akshara {
    final StringBuilder text = new StringBuilder();
    int consonants;

    /** The last consonant of the cluster (with its nukta, if any) as a code point. */
    int lastConsonant;

    boolean inherent; // vowel is the inherent a
    boolean silent; // inherent vowel deleted
    boolean halant; // written with a final virama
    int vowel; // the matra or independent vowel, 0 when inherent or halant
  }

  /**
   * The word with every silent inherent vowel written as a virama. Characters outside Devanagari
   * separate words and are kept as they are.
   */
  public static String apply(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.append(word(text.substring(start, i)));
      }
      if (i < text.length()) {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isWordChar(char c) {
    return Devanagari.isDevanagari(c)
        && c != '\u0964'
        && c != '\u0965'
        && !(c >= 0x0966 && c <= 0x096F);
  }

  private static String word(String w) {
    List<Akshara> ak = parse(w);
    if (ak == null) {
      return w;
    }
    int n = ak.size();
    if (n >= 2) {
      Akshara last = ak.get(n - 1);
      if (last.inherent && keepsFinalSchwa(last, ak.get(n - 2)) == false) {
        last.silent = true;
      }
      for (int k = n - 2; k >= 1; k--) {
        Akshara a = ak.get(k);
        if (!a.inherent
            || a.consonants != 1
            || a.text.indexOf(String.valueOf(Devanagari.ANUSVARA)) >= 0) {
          continue;
        }
        Akshara prev = ak.get(k - 1);
        Akshara next = ak.get(k + 1);
        boolean prevVoiced = !prev.halant && !prev.silent;
        boolean nextVoiced = next.consonants > 0 && !next.halant && !next.silent;
        if (prevVoiced && nextVoiced) {
          a.silent = true;
        }
      }
    }
    StringBuilder b = new StringBuilder(w.length() + 4);
    for (Akshara a : ak) {
      if (a.silent) {
        // Put the virama before any anusvara/visarga the akshara carries.
        int signs = 0;
        while (signs < a.text.length()
            && Devanagari.isSign(a.text.charAt(a.text.length() - 1 - signs))) {
          signs++;
        }
        b.append(a.text, 0, a.text.length() - signs)
            .append(Devanagari.VIRAMA)
            .append(a.text, a.text.length() - signs, a.text.length());
      } else {
        b.append(a.text);
      }
    }
    return b.toString();
  }

  private static boolean keepsFinalSchwa(Akshara last, Akshara prev) {
    int c = last.lastConsonant;
    if (last.consonants >= 2) {
      // य र ल व म न: mitra, aditya, shukla, vishwa, dharma, ratna
      return c == 'य' || c == 'र' || c == 'ल' || c == 'व' || c == 'म' || c == 'न';
    }
    if (c == 'य' && !prev.inherent && !prev.halant) {
      int v = prev.vowel;
      return v == 'ि' || v == 'ी' || v == 'इ' || v == 'ई' || v == 'े' || v == 'ए';
    }
    return false;
  }

  /** Splits a word into aksharas; null when it holds something this parser does not handle. */
  private static List<Akshara> parse(String w) {
    List<Akshara> out = new ArrayList<>();
    int i = 0;
    while (i < w.length()) {
      char c = w.charAt(i);
      Akshara a = new Akshara();
      if (Devanagari.isConsonant(c)) {
        while (true) {
          a.text.append(w.charAt(i));
          a.lastConsonant = w.charAt(i);
          a.consonants++;
          i++;
          if (i < w.length() && w.charAt(i) == Devanagari.NUKTA) {
            a.text.append(Devanagari.NUKTA);
            i++;
          }
          if (i + 1 < w.length()
              && w.charAt(i) == Devanagari.VIRAMA
              && Devanagari.isConsonant(w.charAt(i + 1))) {
            a.text.append(Devanagari.VIRAMA);
            i++;
            continue;
          }
          break;
        }
        if (i < w.length() && Devanagari.isMatra(w.charAt(i))) {
          a.vowel = w.charAt(i);
          a.text.append(w.charAt(i));
          i++;
        } else if (i < w.length() && w.charAt(i) == Devanagari.VIRAMA) {
          a.halant = true;
          a.text.append(w.charAt(i));
          i++;
        } else {
          a.inherent = true;
        }
      } else if (Devanagari.isIndependentVowel(c)) {
        a.vowel = c;
        a.text.append(c);
        i++;
      } else if (Devanagari.isSign(c) && !out.isEmpty()) {
        out.get(out.size() - 1).text.append(c);
        i++;
        continue;
      } else {
        return null;
      }
      while (i < w.length() && Devanagari.isSign(w.charAt(i))) {
        a.text.append(w.charAt(i));
        i++;
      }
      out.add(a);
    }
    return out;
  }
}

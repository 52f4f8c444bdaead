package org.khabar.kb.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.Names;
import org.khabar.translit.Devanagari;
import org.khabar.translit.NewsRomanizer;

/**
 * The words of a person's name with initials spelled out: "एनडी तिवारी" and "एन डी तिवारी" both
 * become [N, D, तिवारी], "आरके" [R, K]; Latin initials ("N.D.") likewise. An initial matches a word
 * that starts with its letter, so "एनडी तिवारी" is a form of "नारायण दत्त तिवारी". Letter names are
 * read from {@code letter-names.txt}. Thread-safe.
 */
final class NameWords {

  /** One word: its folded text and, for an initial, its Latin letter (else 0). */
  record Word(String text, char initial) {
    boolean isInitial() {
      return initial != 0;
    }
  }

  private final Map<String, Character> letters = new HashMap<>();
  private final int longest;
  private final NewsRomanizer romanizer = new NewsRomanizer();

  NameWords() {
    int max = 0;
    try (InputStream in = KnowledgeBase.class.getResourceAsStream("letter-names.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource letter-names.txt");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.strip().split("\t");
        if (line.startsWith("#") || f.length != 2) {
          continue;
        }
        for (String spelling : f[1].split("\\|")) {
          String k = Devanagari.fold(spelling);
          letters.put(k, f[0].charAt(0));
          max = Math.max(max, k.length());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.longest = max;
  }

  /** The words of a name with initials spelled out (punctuation dropped). */
  List<Word> words(String name) {
    List<Word> out = new ArrayList<>();
    for (String t : Names.tokens(name)) {
      if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      List<Character> initials = initials(t);
      if (initials != null) {
        initials.forEach(c -> out.add(new Word(String.valueOf(c), c)));
      } else {
        out.add(new Word(t, (char) 0));
      }
    }
    return out;
  }

  /**
   * The letters of a word made only of initials ("एनडी" → N, D; a one-letter Latin word), or null
   * for an ordinary word. A single Devanagari letter name counts only when it is the whole word and
   * not a common word (ए, ओ, ई are also words, so they are initials only next to others).
   */
  private List<Character> initials(String t) {
    if (!Devanagari.containsDevanagari(t)) {
      if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
        List<Character> out = new ArrayList<>();
        t.toUpperCase(Locale.ROOT).chars().forEach(c -> out.add((char) c));
        return out;
      }
      return null;
    }
    List<Character> out = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      Character c = null;
      int len = Math.min(longest, t.length() - i);
      for (; len > 0; len--) {
        c = letters.get(t.substring(i, i + len));
        if (c != null) {
          break;
        }
      }
      if (c == null) {
        return null;
      }
      out.add(c);
      i += len;
    }
    if (out.size() == 1 && "AEIOU".indexOf(out.get(0)) >= 0) {
      return null;
    }
    return out;
  }

  /**
   * True when a word of a short form can stand for a word of a fuller name: the same word, or an
   * initial for a word it begins (एन for नारायण). A whole word never stands for an initial.
   */
  boolean match(Word shortWord, Word fullWord) {
    if (shortWord.text().equals(fullWord.text())) {
      return true;
    }
    return shortWord.isInitial()
        && !fullWord.isInitial()
        && shortWord.initial() == firstLetter(fullWord.text());
  }

  private char firstLetter(String word) {
    String latin = Devanagari.containsDevanagari(word) ? romanizer.romanize(word) : word;
    return latin.isEmpty() ? 0 : Character.toUpperCase(latin.charAt(0));
  }

  /** True when every word of {@code shorter} matches a word of {@code longer}, in order. */
  boolean inOrder(List<Word> shorter, List<Word> longer) {
    int j = 0;
    for (Word w : longer) {
      if (j < shorter.size() && match(shorter.get(j), w)) {
        j++;
      }
    }
    return j == shorter.size();
  }

  static int initials(List<Word> words) {
    return (int) words.stream().filter(Word::isInitial).count();
  }

  static String key(List<Word> words) {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.text());
    }
    return b.toString();
  }
}

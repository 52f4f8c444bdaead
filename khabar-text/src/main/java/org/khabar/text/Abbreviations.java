package org.khabar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Words that keep their following full stop and never end a sentence (डॉ. श्री. Dr.), read from the
 * versioned resource {@code org/khabar/text/abbreviations.txt}. Entries are put into canonical form
 * when loaded, so the file may use either nukta spelling. Immutable and thread-safe.
 */
public final class Abbreviations {

  /** The resource holding the standard list. */
  public static final String RESOURCE = "/org/khabar/text/abbreviations.txt";

  private static final class Holder {
    static final Abbreviations STANDARD = load();
  }

  private final Set<String> words;
  private final int maxLength;

  private Abbreviations(Set<String> words) {
    this.words = Set.copyOf(words);
    this.maxLength = words.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The standard list, loaded once. */
  public static Abbreviations standard() {
    return Holder.STANDARD;
  }

  /** A list of the given words (without their dots). */
  public static Abbreviations of(Collection<String> words) {
    Set<String> set = new HashSet<>();
    for (String w : words) {
      String c = Canonicalizer.canonicalize(w.strip()).text();
      if (c.isEmpty() || c.indexOf('.') >= 0 || c.indexOf(' ') >= 0) {
        throw new IllegalArgumentException("not a single word without dots: '" + w + "'");
      }
      set.add(c);
    }
    return new Abbreviations(set);
  }

  private static Abbreviations load() {
    try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> lines = new HashSet<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          lines.add(t);
        }
      }
      return of(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the word is listed. */
  public boolean contains(String word) {
    return words.contains(Objects.requireNonNull(word, "word"));
  }

  /** Whether {@code text[begin, end)} is a listed word. */
  boolean contains(String text, int begin, int end) {
    return end - begin <= maxLength && words.contains(text.substring(begin, end));
  }

  /** How many words are listed. */
  public int size() {
    return words.size();
  }
}

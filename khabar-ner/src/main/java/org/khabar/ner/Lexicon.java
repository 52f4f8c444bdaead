package org.khabar.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists the feature extractor consults: postpositions, honorifics, designations,
 * organisation heads, place cues and speech cues. Each is a versioned resource file under {@code
 * org/khabar/ner/lexicon/}, one word per line, {@code #} comments. Words are stored by their {@link
 * Words#key} so that lookups ignore nukta and zero-width variation.
 */
public record Lexicon(
    Set<String> postpositions,
    Set<String> honorifics,
    Set<String> designations,
    Set<String> orgHeads,
    Set<String> placeCues,
    Set<String> speechCues) {

  public Lexicon {
    postpositions = Set.copyOf(postpositions);
    honorifics = Set.copyOf(honorifics);
    designations = Set.copyOf(designations);
    orgHeads = Set.copyOf(orgHeads);
    placeCues = Set.copyOf(placeCues);
    speechCues = Set.copyOf(speechCues);
  }

  private static final class Holder {
    static final Lexicon SHIPPED =
        new Lexicon(
            read("postpositions.txt"),
            read("honorifics.txt"),
            read("designations.txt"),
            read("org-heads.txt"),
            read("place-cues.txt"),
            read("speech-cues.txt"));
  }

  /** The lists shipped in this module's resources (loaded once). */
  public static Lexicon shipped() {
    return Holder.SHIPPED;
  }

  private static Set<String> read(String name) {
    String path = "lexicon/" + name;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/khabar/ner/" + path);
      }
      Set<String> words = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(Words.key(w));
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }
}

package org.khabar.analysis.lex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the versioned linguistic resource files of the analysis module: UTF-8, one entry per line,
 * tab-separated columns, {@code #} comments and blank lines ignored. Phrases are split on spaces
 * and each word is put into the same canonical form as token norms, so that lexicon and text
 * compare equal.
 */
public final class Lexicons {

  private Lexicons() {}

  /** One non-comment line: its columns, and where it came from (for error messages). */
  public record Row(String resource, int line, List<String> columns) {
    public String col(int i) {
      return i < columns.size() ? columns.get(i) : "";
    }

    public double number(int i, double fallback) {
      String s = col(i).trim();
      if (s.isEmpty()) {
        return fallback;
      }
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(resource + ":" + line + ": not a number: " + s, e);
      }
    }

    public IllegalStateException error(String message) {
      return new IllegalStateException(resource + ":" + line + ": " + message);
    }
  }

  /** The rows of a classpath resource relative to {@code anchor}'s package. */
  public static List<Row> rows(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
    }
    List<Row> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        out.add(new Row(name, n, Arrays.asList(line.split("\t", -1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return out;
  }

  /** Splits a phrase into canonical words. */
  public static List<String> words(String phrase, UnaryOperator<String> canonical) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(canonical.apply(w));
      }
    }
    return out;
  }
}

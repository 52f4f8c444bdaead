package org.khabar.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A ministerial portfolio from {@code portfolios.tsv}: its slug, Hindi spellings (first is
 * canonical), the English title of its minister and the English name of its union ministry (null
 * when it has none, e.g. state-only portfolios).
 */
public record Portfolio(String slug, List<String> hindi, String ministerTitle, String ministry) {

  public Portfolio {
    hindi = List.copyOf(hindi);
    if (hindi.isEmpty()) {
      throw new IllegalArgumentException("portfolio " + slug + " has no Hindi name");
    }
  }

  /** The canonical Hindi name. */
  public String name() {
    return hindi.get(0);
  }

  static final String RESOURCE = "portfolios.tsv";

  /** The shipped portfolios. */
  public static List<Portfolio> shipped() {
    try (InputStream in = Portfolio.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Portfolio> read(InputStream in) throws IOException {
    List<Portfolio> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        throw new IOException(RESOURCE + ":" + n + ": expected 4 TAB-separated columns");
      }
      String ministry = f.length > 3 && !f[3].isBlank() ? f[3].trim() : null;
      out.add(new Portfolio(f[0].trim(), List.of(f[1].trim().split("\\|")), f[2].trim(), ministry));
    }
    return out;
  }
}

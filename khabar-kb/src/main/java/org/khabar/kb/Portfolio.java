package org.khabar.kb;

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
    List<Portfolio> out = new ArrayList<>();
    for (String line : KbResources.lines(RESOURCE)) {
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        throw new IllegalStateException(RESOURCE + ": expected 4 TAB-separated columns: " + line);
      }
      String ministry = f.length > 3 && !f[3].isBlank() ? f[3].trim() : null;
      out.add(new Portfolio(f[0].trim(), List.of(f[1].trim().split("\\|")), f[2].trim(), ministry));
    }
    return out;
  }
}

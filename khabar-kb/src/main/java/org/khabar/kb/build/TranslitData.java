package org.khabar.kb.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khabar.translit.GraphoneTrainer.Pair;

/**
 * Latin–Devanagari word pairs from the public corpora under {@code ../shared/data} (see its
 * README): Dakshina (columns here are Latin, Devanagari, attestation count), Aksharantar (Latin,
 * Devanagari), the crowd-sourced name pairs (Latin TAB Devanagari; CC BY-NC-SA, so used for
 * evaluation only) and the 2021 affidavit candidate names (English and Hindi per candidate, paired
 * word by word when both have the same number of words).
 */
public final class TranslitData {

  private TranslitData() {}

  public static Path translitDir(Path shared) {
    return shared.resolve("data/translit");
  }

  /** Dakshina split "train", "dev" or "test". */
  public static List<Pair> dakshina(Path shared, String split) throws IOException {
    Path f =
        translitDir(shared).resolve("dakshina-hi/lexicons/hi.translit.sampled." + split + ".tsv");
    List<Pair> out = new ArrayList<>();
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      String[] c = line.split("\t");
      if (c.length >= 2) {
        int w = c.length >= 3 ? parseIntOr(c[2], 1) : 1;
        out.add(new Pair(c[0].trim(), c[1].trim(), w));
      }
    }
    return out;
  }

  /** Aksharantar split "train", "valid" or "test". */
  public static List<Pair> aksharantar(Path shared, String split) throws IOException {
    Path f = translitDir(shared).resolve("aksharantar-hin-sampled/hin_" + split + ".csv");
    List<Pair> out = new ArrayList<>();
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      String[] c = line.split(",");
      if (c.length == 2) {
        out.add(new Pair(c[0].trim(), c[1].trim(), 1));
      }
    }
    return out;
  }

  /** The crowd name pairs (evaluation only: non-commercial licence). */
  public static List<Pair> crowd(Path shared) throws IOException {
    Path f = translitDir(shared).resolve("xlit-crowd-hi-en/crowd_transliterations.hi-en.txt");
    List<Pair> out = new ArrayList<>();
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      String[] c = line.split("\t");
      if (c.length == 2) {
        out.add(new Pair(c[0].trim(), c[1].trim(), 1));
      }
    }
    return out;
  }

  /**
   * Word pairs from the affidavit names; {@code heldOut} selects the tenth of candidates (by a hash
   * of the English name) kept for evaluation, otherwise the other nine tenths.
   */
  public static List<Pair> affidavitNames(Path shared, boolean heldOut) throws IOException {
    Path f =
        shared.resolve("data/kb-sources/indicate-affidavits-translit/indicate/data/affidavits.csv");
    List<Pair> out = new ArrayList<>();
    for (Map<String, String> row : Csv.read(f, ',')) {
      String en = row.getOrDefault("name_english", "");
      String hi = row.getOrDefault("name_hindi", "");
      if (en.isBlank() || hi.isBlank()) {
        continue;
      }
      boolean test = Math.floorMod(en.toLowerCase(java.util.Locale.ROOT).hashCode(), 10) == 0;
      if (test != heldOut) {
        continue;
      }
      out.addAll(namePairs(en, hi, 1));
    }
    return out;
  }

  /**
   * Pairs the words of a name written in both scripts, when both have the same number of words;
   * initials and words with anything but letters are left out.
   */
  public static List<Pair> namePairs(String latinName, String devanagariName, int weight) {
    String[] l = latinName.trim().split("[\\s.]+");
    String[] d = devanagariName.trim().split("[\\s.]+");
    List<Pair> out = new ArrayList<>();
    if (l.length != d.length) {
      return out;
    }
    for (int i = 0; i < l.length; i++) {
      if (l[i].length() > 1 && l[i].chars().allMatch(Character::isLetter)) {
        out.add(new Pair(l[i].toLowerCase(java.util.Locale.ROOT), d[i], weight));
      }
    }
    return out;
  }

  private static int parseIntOr(String s, int fallback) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}

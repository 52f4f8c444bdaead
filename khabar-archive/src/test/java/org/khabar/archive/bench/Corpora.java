package org.khabar.archive.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the bench corpora into JSONL for the readers, in a scratch directory (nothing is copied
 * into the project): the covid2020-5papers paper-day files split into articles (a one-line
 * paragraph without a final danda starts an article), and the bbc-hindi CSV (category, text).
 */
final class Corpora {

  private Corpora() {}

  private static final Pattern DAY =
      Pattern.compile("([A-Z]+)-(\\d{4})-([A-Z]{3})-(\\d{1,2})\\.txt$");
  private static final Map<String, Integer> MONTHS =
      Map.of("JAN", 1, "FEB", 2, "MAR", 3, "APR", 4, "ARP", 4, "MAY", 5, "JUN", 6);

  /** Writes covid.jsonl and bbc.jsonl into {@code out}; returns the number of articles. */
  static int toJsonl(Path shared, Path out) throws IOException {
    Files.createDirectories(out);
    int n = 0;
    Path covid = shared.resolve("data/news/covid2020-5papers/Corpora");
    try (BufferedWriter w =
            Files.newBufferedWriter(out.resolve("covid.jsonl"), StandardCharsets.UTF_8);
        Stream<Path> files = Files.walk(covid)) {
      for (Path f :
          files.filter(p -> DAY.matcher(p.getFileName().toString()).find()).sorted().toList()) {
        Matcher m = DAY.matcher(f.getFileName().toString());
        m.find();
        LocalDate date =
            LocalDate.of(
                Integer.parseInt(m.group(2)),
                MONTHS.getOrDefault(m.group(3), 1),
                Integer.parseInt(m.group(4)));
        String stem = f.getFileName().toString().replace(".txt", "");
        int i = 0;
        for (String[] a : split(Files.readString(f, StandardCharsets.UTF_8))) {
          w.write(json(stem + "-" + (++i), date.toString(), a[0], a[1]));
          w.newLine();
          n++;
        }
      }
    }
    Path bbc = shared.resolve("data/news/bbc-hindi/hindi-cleaned-test.csv");
    try (BufferedWriter w =
            Files.newBufferedWriter(out.resolve("bbc.jsonl"), StandardCharsets.UTF_8);
        Reader r = Files.newBufferedReader(bbc, StandardCharsets.UTF_8)) {
      List<List<String>> rows = csv(r);
      for (int i = 1; i < rows.size(); i++) {
        List<String> row = rows.get(i);
        if (row.size() < 2 || row.get(1).isBlank()) {
          continue;
        }
        w.write(
            json(String.format(Locale.ROOT, "bbc-%s-%03d", row.get(0), i), null, "", row.get(1)));
        w.newLine();
        n++;
      }
    }
    return n;
  }

  /** Articles of a paper-day file: {headline, body}. */
  static List<String[]> split(String file) {
    List<List<String>> paras = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String line : file.split("\n", -1)) {
      if (line.strip().isEmpty()) {
        if (!cur.isEmpty()) {
          paras.add(cur);
          cur = new ArrayList<>();
        }
      } else {
        cur.add(line.strip());
      }
    }
    if (!cur.isEmpty()) {
      paras.add(cur);
    }
    List<String[]> out = new ArrayList<>();
    String headline = null;
    StringBuilder body = new StringBuilder();
    for (List<String> p : paras) {
      String only = p.get(0);
      boolean isHeadline =
          p.size() == 1 && only.length() <= 220 && !only.endsWith("।") && !only.endsWith(".");
      if (isHeadline) {
        if (headline != null && body.length() > 0) {
          out.add(new String[] {headline, body.toString()});
        }
        headline = only;
        body.setLength(0);
      } else {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(String.join("\n", p));
      }
    }
    if (headline != null && body.length() > 0) {
      out.add(new String[] {headline, body.toString()});
    }
    return out;
  }

  private static String json(String id, String date, String headline, String body) {
    StringBuilder b = new StringBuilder("{\"id\":");
    quote(b, id);
    b.append(",\"date\":");
    if (date == null) {
      b.append("null");
    } else {
      quote(b, date);
    }
    b.append(",\"headline\":");
    quote(b, headline);
    b.append(",\"text\":");
    quote(b, body);
    return b.append('}').toString();
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  /** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
  static List<List<String>> csv(Reader r) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int c;
    while ((c = r.read()) != -1) {
      if (quoted) {
        if (c == '"') {
          r.mark(1);
          int next = r.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next == -1) {
              break;
            }
            r.reset();
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append((char) c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}

package org.khabar.kb.build;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the source CSV files (header row, RFC 4180 quoting, a BOM in some) into rows of named
 * columns. Duplicate header names get a numeric suffix ("State Name", "State Name#2").
 */
public final class Csv {

  private static final CsvMapper MAPPER = new CsvMapper();

  private Csv() {}

  public static List<Map<String, String>> read(Path file, char separator) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it =
            MAPPER
                .readerFor(String[].class)
                .with(schema)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(r)) {
      String[] header = null;
      while (it.hasNext()) {
        String[] row = it.next();
        if (header == null) {
          header = new String[row.length];
          for (int i = 0; i < row.length; i++) {
            String h = row[i].replace("\uFEFF", "").trim();
            String name = h;
            for (int k = 2; contains(header, name, i); k++) {
              name = h + "#" + k;
            }
            header[i] = name;
          }
          continue;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.length && i < row.length; i++) {
          m.put(header[i], row[i].trim());
        }
        rows.add(m);
      }
    }
    return rows;
  }

  private static boolean contains(String[] names, String name, int upTo) {
    for (int i = 0; i < upTo; i++) {
      if (name.equals(names[i])) {
        return true;
      }
    }
    return false;
  }

  /** Rows of a headerless file, each as its fields. */
  public static List<String[]> readPlain(Path file, char separator) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
    List<String[]> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it =
            MAPPER
                .readerFor(String[].class)
                .with(schema)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(r)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }
}

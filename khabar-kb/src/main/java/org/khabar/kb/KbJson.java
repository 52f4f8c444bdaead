package org.khabar.kb;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reading and writing knowledge-base JSONL (one entry per line; gzip when the name ends in .gz).
 * Unknown fields are errors, so that a typo in a user's file is reported, not ignored; enum values
 * are read case-insensitively.
 */
public final class KbJson {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private KbJson() {}

  /** Reads entries from a JSONL stream; {@code origin} names it in error messages. */
  public static List<KbEntry> read(InputStream in, String origin) throws IOException {
    List<KbEntry> out = new ArrayList<>();
    int line = 0;
    try (MappingIterator<KbEntry> it = MAPPER.readerFor(KbEntry.class).readValues(in)) {
      while (true) {
        line++;
        try {
          if (!it.hasNextValue()) {
            break;
          }
          out.add(it.nextValue());
        } catch (IOException | RuntimeException e) {
          throw new IOException(origin + ": entry " + line + ": " + firstLine(e.getMessage()), e);
        }
      }
    }
    return out;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid entry";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Reads a JSONL file (gzipped when its name ends in .gz). */
  public static List<KbEntry> read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return read(in, file.toString());
    }
  }

  /** Reads a JSONL resource next to this class (gzipped when its name ends in .gz). */
  public static List<KbEntry> readResource(String name) throws IOException {
    try (InputStream raw = KbJson.class.getResourceAsStream(name)) {
      if (raw == null) {
        throw new IOException("missing resource " + name);
      }
      try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        return read(in, name);
      }
    }
  }

  /** One entry as a single JSON line. */
  public static String toJson(Object entry) {
    try {
      return MAPPER.writeValueAsString(entry);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + entry, e);
    }
  }

  /** Writes entries as JSONL (gzipped when the file name ends in .gz), in the given order. */
  public static void write(Path file, Collection<? extends KbEntry> entries) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz") ? gzip(raw) : raw;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      for (KbEntry e : entries) {
        w.write(MAPPER.writerFor(KbEntry.class).writeValueAsString(e));
        w.write('\n');
      }
    }
  }

  private static OutputStream gzip(OutputStream raw) throws IOException {
    // Java writes a zero timestamp, so rebuilt files are byte-identical when nothing changed.
    return new GZIPOutputStream(raw) {
      {
        def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
      }
    };
  }
}

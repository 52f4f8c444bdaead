package org.khabar.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.khabar.archive.store.EntityRef;

/** What the archive verbs share: where the store is, dates on the command line, JSON output. */
final class ArchiveCli {

  private static final JsonFactory JSON = new JsonFactory();

  private ArchiveCli() {}

  /** {@code --store}, else $KHABAR_STORE, $XDG_DATA_HOME/khabar or ~/.local/share/khabar. */
  static Path storeDir(Path option) {
    return org.khabar.archive.StoreLocation.resolve(option);
  }

  /** A date given as YYYY-MM-DD, YYYY-MM or YYYY: its first day, or its last with {@code end}. */
  static LocalDate date(String s, boolean end) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    try {
      if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (t.matches("\\d{4}-\\d{1,2}")) {
        YearMonth ym = YearMonth.parse(t.length() == 6 ? t.replace("-", "-0") : t);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + s + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", e);
    }
  }

  /** A JSON writer into a string; the caller writes one value and calls {@link #done}. */
  static final class Json implements AutoCloseable {
    final StringWriter buffer = new StringWriter();
    final JsonGenerator g;

    Json(boolean pretty) {
      try {
        g = JSON.createGenerator(buffer);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
    }

    String done() {
      try {
        g.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return buffer.toString();
    }

    @Override
    public void close() {
      try {
        g.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static void entity(JsonGenerator g, String field, EntityRef e) throws IOException {
    if (field != null) {
      g.writeFieldName(field);
    }
    if (e == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("key", e.key());
    g.writeStringField("type", e.type().name());
    g.writeStringField("name", e.name());
    g.writeStringField("latin", e.latin());
    g.writeStringField("kb", e.kbId());
    g.writeEndObject();
  }

  static String date(LocalDate d) {
    return d == null ? "----------" : d.toString();
  }

  /** Reports an archive that cannot be used: one line, no stack trace. */
  static int fail(PrintWriter err, String verb, RuntimeException e) {
    String m = e.getMessage();
    err.println(
        "khabar "
            + verb
            + ": error: "
            + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m));
    return ExitCodes.FAILED;
  }
}

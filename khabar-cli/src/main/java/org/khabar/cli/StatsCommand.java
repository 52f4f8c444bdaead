package org.khabar.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveException;
import org.khabar.archive.ArchiveStats;
import org.khabar.archive.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar stats}: what the archive holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "What the archive holds: stories (one per group of duplicates), stored articles, exact and",
      "near duplicates, entities, mentions, quotes, posts, events, the dates covered, the index."
    })
public final class StatsCommand implements Callable<Integer> {

  enum OutputFormat {
    text,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", description = "The archive directory.")
  Path store;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: text or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = ArchiveCli.storeDir(store);
    ArchiveStats s;
    try (Archive a = Archive.openForReading(dir)) {
      s = a.stats();
    } catch (ArchiveException | StoreException e) {
      return ArchiveCli.fail(spec.commandLine().getErr(), "stats", e);
    }
    if (format == OutputFormat.json) {
      try (ArchiveCli.Json j = new ArchiveCli.Json(true)) {
        write(j.g, dir, s);
        out.println(j.done());
      }
    } else {
      out.printf(Locale.ROOT, "archive     %s%n", dir);
      out.printf(
          Locale.ROOT,
          "articles    %d stories (%d stored: %d exact and %d near duplicates)%n",
          s.stories(),
          s.stored(),
          s.exactDuplicates(),
          s.nearDuplicates());
      out.printf(
          Locale.ROOT,
          "dates       %s .. %s%s%n",
          ArchiveCli.date(s.firstDate()),
          ArchiveCli.date(s.lastDate()),
          s.undated() > 0 ? " (" + s.undated() + " undated)" : "");
      out.printf(
          Locale.ROOT,
          "entities    %d (%d linked to the knowledge base), %d mentions%n",
          s.entities(),
          s.linkedEntities(),
          s.mentions());
      out.printf(
          Locale.ROOT,
          "facts       %d quotes, %d posts, %d events%n",
          s.quotes(),
          s.roles(),
          s.events());
      out.printf(
          Locale.ROOT,
          "size        store %.1f MB, index %.1f MB; index %s%n",
          s.storeBytes() / 1e6,
          s.indexBytes() / 1e6,
          s.indexed() >= s.lastSeq()
              ? "up to date"
              : (s.lastSeq() - s.indexed()) + " articles behind");
    }
    return ExitCodes.OK;
  }

  private static void write(JsonGenerator g, Path dir, ArchiveStats s) throws IOException {
    g.writeStartObject();
    g.writeStringField("store", dir.toString());
    g.writeNumberField("articles", s.stories());
    g.writeNumberField("stored", s.stored());
    g.writeObjectFieldStart("duplicates");
    g.writeNumberField("exact", s.exactDuplicates());
    g.writeNumberField("near", s.nearDuplicates());
    g.writeEndObject();
    g.writeNumberField("entities", s.entities());
    g.writeNumberField("linkedEntities", s.linkedEntities());
    g.writeNumberField("mentions", s.mentions());
    g.writeNumberField("quotes", s.quotes());
    g.writeNumberField("roles", s.roles());
    g.writeNumberField("events", s.events());
    g.writeObjectFieldStart("dateRange");
    g.writeStringField("from", s.firstDate() == null ? null : s.firstDate().toString());
    g.writeStringField("to", s.lastDate() == null ? null : s.lastDate().toString());
    g.writeNumberField("undated", s.undated());
    g.writeEndObject();
    g.writeObjectFieldStart("index");
    g.writeNumberField("indexedSeq", s.indexed());
    g.writeNumberField("lastSeq", s.lastSeq());
    g.writeBooleanField("upToDate", s.indexed() >= s.lastSeq());
    g.writeEndObject();
    g.writeObjectFieldStart("bytes");
    g.writeNumberField("store", s.storeBytes());
    g.writeNumberField("index", s.indexBytes());
    g.writeEndObject();
    g.writeEndObject();
  }
}

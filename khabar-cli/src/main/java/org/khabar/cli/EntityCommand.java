package org.khabar.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveException;
import org.khabar.archive.store.EntityRef;
import org.khabar.archive.store.StoreException;
import org.khabar.archive.view.EntityView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar entity}: what the archive knows of one person, party or place. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = {
      "What the archive knows of a person, party or place, named in either script or by its",
      "archive key: the names it goes by, its posts over time, who it appears with, its latest",
      "quotes and its mentions per month; every fact with the article and date that state it."
    },
    footer = {"", "Exit status: 0, or 1 when nothing in the archive has that name."})
public final class EntityCommand implements Callable<Integer> {

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

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "A name or an archive key.")
  List<String> name;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String n = String.join(" ", name);
    Optional<EntityView> view;
    try (Archive a = Archive.openForReading(ArchiveCli.storeDir(store))) {
      view = a.view(n);
    } catch (ArchiveException | StoreException e) {
      return ArchiveCli.fail(err, "entity", e);
    }
    if (view.isEmpty()) {
      err.println("khabar entity: nothing in the archive is named '" + n + "'");
      return ExitCodes.FAILED;
    }
    EntityView v = view.get();
    if (format == OutputFormat.json) {
      try (ArchiveCli.Json j = new ArchiveCli.Json(true)) {
        write(j.g, v);
        out.println(j.done());
      }
    } else {
      print(out, v);
    }
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, EntityView v) {
    EntityRef e = v.entity();
    out.printf(Locale.ROOT, "%s  %s  [%s]%n", e.label(), e.type(), e.key());
    out.printf(
        Locale.ROOT,
        "%d stories, %d mentions, %s .. %s%n",
        v.articles(),
        v.mentions(),
        ArchiveCli.date(v.firstSeen()),
        ArchiveCli.date(v.lastSeen()));
    if (!v.names().isEmpty()) {
      out.println(
          "names: "
              + v.names().stream()
                  .map(x -> x.text() + " (" + x.mentions() + ")")
                  .collect(Collectors.joining(", ")));
    }
    if (!v.posts().isEmpty()) {
      out.println("\nposts:");
      for (EntityView.Post p : v.posts()) {
        out.printf(
            Locale.ROOT,
            "  %s%s%s%s  %s .. %s, %d stor%s%n",
            p.former() ? "पूर्व " : "",
            p.post(),
            p.org() == null ? "" : ", " + p.org().name(),
            p.place() == null ? "" : ", " + p.place().name(),
            ArchiveCli.date(p.first()),
            ArchiveCli.date(p.last()),
            p.stories(),
            p.stories() == 1 ? "y" : "ies");
        for (EntityView.Citation c : p.evidence()) {
          out.printf(
              Locale.ROOT,
              "      %s [%s] %s%n",
              ArchiveCli.date(c.date()),
              c.articleId(),
              c.text());
        }
      }
    }
    if (!v.companions().isEmpty()) {
      out.println(
          "\nappears with: "
              + v.companions().stream()
                  .map(c -> c.entity().name() + " (" + c.stories() + ")")
                  .collect(Collectors.joining(", ")));
    }
    if (!v.quotes().isEmpty()) {
      out.println("\nlatest quotes:");
      for (EntityView.QuoteRecord q : v.quotes()) {
        out.printf(
            Locale.ROOT,
            "  %s [%s] %s%s%s%n",
            ArchiveCli.date(q.date()),
            q.articleId(),
            q.direct() ? "“" : "",
            q.content(),
            q.direct() ? "”" : "");
      }
    }
    if (!v.timeline().isEmpty()) {
      out.println("\nper month:");
      int max = v.timeline().stream().mapToInt(EntityView.Month::stories).max().orElse(1);
      for (EntityView.Month m : v.timeline()) {
        out.printf(
            Locale.ROOT,
            "  %s %s %d%n",
            m.month(),
            "#".repeat(Math.max(1, 30 * m.stories() / max)),
            m.stories());
      }
    }
    if (!v.alternatives().isEmpty()) {
      out.println(
          "\nthe name may also mean: "
              + v.alternatives().stream()
                  .map(a -> a.label() + " [" + a.key() + "]")
                  .collect(Collectors.joining(", ")));
    }
  }

  private static void write(JsonGenerator g, EntityView v) throws IOException {
    g.writeStartObject();
    ArchiveCli.entity(g, "entity", v.entity());
    g.writeNumberField("stories", v.articles());
    g.writeNumberField("mentions", v.mentions());
    g.writeStringField("firstSeen", v.firstSeen() == null ? null : v.firstSeen().toString());
    g.writeStringField("lastSeen", v.lastSeen() == null ? null : v.lastSeen().toString());
    g.writeArrayFieldStart("names");
    for (EntityView.Name n : v.names()) {
      g.writeStartObject();
      g.writeStringField("text", n.text());
      g.writeNumberField("mentions", n.mentions());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("posts");
    for (EntityView.Post p : v.posts()) {
      g.writeStartObject();
      g.writeStringField("post", p.post());
      ArchiveCli.entity(g, "org", p.org());
      ArchiveCli.entity(g, "place", p.place());
      g.writeBooleanField("former", p.former());
      g.writeStringField("first", p.first() == null ? null : p.first().toString());
      g.writeStringField("last", p.last() == null ? null : p.last().toString());
      g.writeNumberField("stories", p.stories());
      g.writeArrayFieldStart("evidence");
      for (EntityView.Citation c : p.evidence()) {
        g.writeStartObject();
        g.writeStringField("article", c.articleId());
        g.writeStringField("date", c.date() == null ? null : c.date().toString());
        g.writeNumberField("begin", c.begin());
        g.writeNumberField("end", c.end());
        g.writeStringField("text", c.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("companions");
    for (EntityView.Companion c : v.companions()) {
      g.writeStartObject();
      ArchiveCli.entity(g, "entity", c.entity());
      g.writeNumberField("stories", c.stories());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (EntityView.QuoteRecord q : v.quotes()) {
      g.writeStartObject();
      g.writeStringField("article", q.articleId());
      g.writeStringField("date", q.date() == null ? null : q.date().toString());
      g.writeStringField("headline", q.headline());
      g.writeStringField("kind", q.kind().name());
      g.writeBooleanField("direct", q.direct());
      g.writeStringField("content", q.content());
      g.writeNumberField("begin", q.begin());
      g.writeNumberField("end", q.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("timeline");
    for (EntityView.Month m : v.timeline()) {
      g.writeStartObject();
      g.writeStringField("month", m.month());
      g.writeNumberField("stories", m.stories());
      g.writeNumberField("mentions", m.mentions());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("alternatives");
    for (EntityRef a : v.alternatives()) {
      ArchiveCli.entity(g, null, a);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

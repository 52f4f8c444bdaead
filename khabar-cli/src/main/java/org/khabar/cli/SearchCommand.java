package org.khabar.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveException;
import org.khabar.archive.search.FacetCount;
import org.khabar.archive.search.Interpretation;
import org.khabar.archive.search.Query;
import org.khabar.archive.search.QuoteHit;
import org.khabar.archive.search.QuoteQuery;
import org.khabar.archive.search.QuoteResults;
import org.khabar.archive.search.SearchHit;
import org.khabar.archive.search.SearchResults;
import org.khabar.archive.search.Snippet;
import org.khabar.archive.store.EntityRef;
import org.khabar.archive.store.StoreException;
import org.khabar.model.CharSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar search}: find stories, or quotes, in the archive. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Find stories in the archive, in either script: 'kharge', 'rahul gandhi', 'खड़गे' and",
      "'खरगे' find the same articles. Every word is required (except function words); names are",
      "read as the people, parties and places they name. One result per story, with its copies.",
      "With --said-by or --about, finds quotes instead: what someone said, or said about someone."
    },
    footer = {
      "",
      "Dates are YYYY-MM-DD, YYYY-MM or YYYY. Exit status: 0 (also when nothing is found),",
      "1 when the archive cannot be read, 2 for a wrong command line."
    })
public final class SearchCommand implements Callable<Integer> {

  enum OutputFormat {
    text,
    jsonl
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", description = "The archive directory.")
  Path store;

  @Option(
      names = "--limit",
      paramLabel = "K",
      defaultValue = "10",
      description = "Results to show. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: text or jsonl (one result per line). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before.")
  String to;

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description = "Only stories mentioning this person, party or place (repeatable; all apply).")
  List<String> entities = new ArrayList<>();

  @Option(names = "--said-by", paramLabel = "NAME", description = "Quotes whose speaker is NAME.")
  String saidBy;

  @Option(names = "--about", paramLabel = "NAME", description = "Quotes that mention NAME.")
  String about;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find.")
  List<String> words = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1) {
      err.println("khabar search: error: --limit must be at least 1");
      return ExitCodes.USAGE;
    }
    LocalDate start;
    LocalDate end;
    try {
      start = ArchiveCli.date(from, false);
      end = ArchiveCli.date(to, true);
    } catch (IllegalArgumentException e) {
      err.println("khabar search: error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (start != null && end != null && end.isBefore(start)) {
      err.println("khabar search: error: --to is before --from");
      return ExitCodes.USAGE;
    }
    String text = String.join(" ", words);
    boolean quotes = saidBy != null || about != null;
    if (!quotes && text.isBlank() && entities.isEmpty() && start == null && end == null) {
      err.println(
          "khabar search: error: give words to find, --entity, a date range, --said-by or"
              + " --about");
      return ExitCodes.USAGE;
    }
    Path dir = ArchiveCli.storeDir(store);
    try (Archive a = Archive.openForReading(dir)) {
      if (quotes) {
        if (!entities.isEmpty()) {
          err.println("khabar search: note: --entity does not apply to quote searches");
        }
        QuoteResults r = a.quotes(new QuoteQuery(text, saidBy, about, start, end, limit));
        r.notes().forEach(n -> err.println("khabar search: note: " + n));
        if (format == OutputFormat.jsonl) {
          for (QuoteHit h : r.hits()) {
            out.println(quoteJson(h));
          }
        } else {
          printQuotes(out, r);
        }
      } else {
        Query q = new Query(text, entities, start, end, List.of(), limit);
        SearchResults r = a.search(q);
        r.notes().forEach(n -> err.println("khabar search: note: " + n));
        if (format == OutputFormat.jsonl) {
          for (SearchHit h : r.hits()) {
            out.println(hitJson(h));
          }
        } else {
          printStories(out, text, r);
        }
      }
    } catch (ArchiveException | StoreException e) {
      return ArchiveCli.fail(err, "search", e);
    } catch (IllegalArgumentException e) {
      err.println("khabar search: error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }

  // ------------------------------------------------------------------ text

  private static void printStories(PrintWriter out, String text, SearchResults r) {
    out.printf(
        Locale.ROOT,
        "%d stor%s%s%s%n",
        r.total(),
        r.total() == 1 ? "y" : "ies",
        text.isBlank() ? "" : " for «" + text + "»",
        r.total() > r.hits().size() ? ", the best " + r.hits().size() : "");
    printInterpretation(out, r.interpretation());
    int i = 0;
    for (SearchHit h : r.hits()) {
      out.printf(
          Locale.ROOT,
          "%n%2d. %s  %s%n    [%s]%s  score %.2f%n",
          ++i,
          ArchiveCli.date(h.date()),
          h.headline().isBlank() ? "(no headline)" : h.headline(),
          h.id(),
          h.duplicates() > 0
              ? " +" + h.duplicates() + " cop" + (h.duplicates() == 1 ? "y" : "ies")
              : "",
          h.score());
      if (!h.snippet().text().isEmpty()) {
        out.println("    " + h.snippet().marked());
      }
      if (!h.entities().isEmpty()) {
        out.println(
            "    " + h.entities().stream().map(EntityRef::label).collect(Collectors.joining(", ")));
      }
    }
    if (r.hits().size() > 1) {
      out.println();
      for (Map.Entry<String, List<FacetCount>> f : r.facets().entrySet()) {
        if (!f.getValue().isEmpty()) {
          out.printf(
              Locale.ROOT,
              "%-7s %s%n",
              f.getKey() + ":",
              f.getValue().stream()
                  .limit(6)
                  .map(c -> c.entity().name() + " (" + c.stories() + ")")
                  .collect(Collectors.joining(", ")));
        }
      }
    }
  }

  private static void printQuotes(PrintWriter out, QuoteResults r) {
    out.printf(Locale.ROOT, "%d quote%s%n", r.total(), r.total() == 1 ? "" : "s");
    printInterpretation(out, r.interpretation());
    int i = 0;
    for (QuoteHit h : r.hits()) {
      String who = h.speaker() != null ? h.speaker().label() : h.speakerText();
      out.printf(
          Locale.ROOT,
          "%n%2d. %s  %s%s:%n    %s%s%n    [%s] %s%s%n",
          ++i,
          ArchiveCli.date(h.date()),
          who,
          h.direct() ? "" : " (reported)",
          h.direct() ? "“" : "",
          h.snippet().marked() + (h.direct() ? "”" : ""),
          h.articleId(),
          h.headline(),
          h.copies() > 0 ? "  +" + h.copies() + " cop" + (h.copies() == 1 ? "y" : "ies") : "");
    }
  }

  private static void printInterpretation(PrintWriter out, List<Interpretation> is) {
    for (Interpretation i : is) {
      out.println(
          "  «"
              + i.phrase()
              + "» read as "
              + i.entities().stream()
                  .map(e -> e.name() + (e.latin().isBlank() ? "" : " (" + e.latin() + ")"))
                  .collect(Collectors.joining(" or ")));
    }
  }

  // ------------------------------------------------------------------ jsonl

  static String hitJson(SearchHit h) throws IOException {
    try (ArchiveCli.Json j = new ArchiveCli.Json(false)) {
      JsonGenerator g = j.g;
      g.writeStartObject();
      g.writeStringField("id", h.id());
      g.writeStringField("date", h.date() == null ? null : h.date().toString());
      g.writeStringField("headline", h.headline());
      g.writeStringField("source", h.source());
      g.writeNumberField("score", Math.round(h.score() * 1000) / 1000.0);
      snippet(g, h.snippet());
      g.writeNumberField("duplicates", h.duplicates());
      g.writeArrayFieldStart("entities");
      for (EntityRef e : h.entities()) {
        ArchiveCli.entity(g, null, e);
      }
      g.writeEndArray();
      g.writeEndObject();
      return j.done();
    }
  }

  static String quoteJson(QuoteHit h) throws IOException {
    try (ArchiveCli.Json j = new ArchiveCli.Json(false)) {
      JsonGenerator g = j.g;
      g.writeStartObject();
      g.writeStringField("article", h.articleId());
      g.writeStringField("date", h.date() == null ? null : h.date().toString());
      g.writeStringField("headline", h.headline());
      ArchiveCli.entity(g, "speaker", h.speaker());
      g.writeStringField("speakerKind", h.speakerKind().name());
      g.writeStringField("speakerText", h.speakerText());
      g.writeBooleanField("direct", h.direct());
      g.writeStringField("content", h.content());
      g.writeNumberField("begin", h.contentSpan().begin());
      g.writeNumberField("end", h.contentSpan().end());
      g.writeNumberField("score", Math.round(h.score() * 1000) / 1000.0);
      snippet(g, h.snippet());
      g.writeArrayFieldStart("about");
      for (EntityRef e : h.about()) {
        ArchiveCli.entity(g, null, e);
      }
      g.writeEndArray();
      g.writeNumberField("copies", h.copies());
      g.writeEndObject();
      return j.done();
    }
  }

  /** The snippet: plain text, marked text, its span in the article and hits within it. */
  private static void snippet(JsonGenerator g, Snippet s) throws IOException {
    g.writeStringField("snippet", s.text());
    g.writeStringField("marked", s.marked());
    g.writeObjectFieldStart("snippetSpan");
    g.writeNumberField("begin", s.span().begin());
    g.writeNumberField("end", s.span().end());
    g.writeEndObject();
    g.writeArrayFieldStart("highlights");
    for (CharSpan h : s.relativeHighlights()) {
      g.writeStartArray();
      g.writeNumber(h.begin());
      g.writeNumber(h.end());
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}

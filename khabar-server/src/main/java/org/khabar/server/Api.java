package org.khabar.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.khabar.archive.Archive;
import org.khabar.archive.ingest.IngestAbortedException;
import org.khabar.archive.ingest.IngestItem;
import org.khabar.archive.ingest.IngestOptions;
import org.khabar.archive.ingest.IngestReport;
import org.khabar.archive.ingest.Outcome;
import org.khabar.archive.search.Query;
import org.khabar.archive.search.QuoteQuery;
import org.khabar.archive.view.ArticleView;
import org.khabar.io.json.DocumentJson;
import org.khabar.model.Article;
import org.khabar.model.Document;
import org.khabar.server.dto.EntityDto;
import org.khabar.server.dto.EntityResponse;
import org.khabar.server.dto.IngestResponse;
import org.khabar.server.dto.QuotesResponse;
import org.khabar.server.dto.SearchResponse;
import org.khabar.server.dto.StatsResponse;

/**
 * What each API route does, apart from HTTP: parameters in, response records out. Routes (in {@link
 * Routes}) only move values between a request and these methods. Thread-safe.
 */
final class Api {

  static final int MAX_LIMIT = 100;

  private static final JsonFactory JSON = new JsonFactory();

  private final Archive archive;
  private final Function<Article, Document> analyzer;
  private final ServerConfig config;
  private final SearchCache cache;

  Api(Archive archive, Function<Article, Document> analyzer, ServerConfig config) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.config = Objects.requireNonNull(config, "config");
    this.cache =
        new SearchCache(config.searchCache(), java.util.concurrent.TimeUnit.SECONDS.toNanos(30));
  }

  /** Query parameters: every value of each name, in order. */
  interface Params {
    List<String> all(String name);

    default String one(String name) {
      List<String> v = all(name);
      if (v.isEmpty()) {
        return null;
      }
      String s = v.get(0).strip();
      return s.isEmpty() ? null : s;
    }
  }

  // ------------------------------------------------------------------ reads

  SearchResponse search(Params p) {
    List<String> entities = new ArrayList<>();
    for (String e : p.all("entity")) {
      if (!e.isBlank()) {
        entities.add(e.strip());
      }
    }
    List<String> speakers = new ArrayList<>();
    for (String s : p.all("speaker")) {
      if (!s.isBlank()) {
        speakers.add(s.strip());
      }
    }
    LocalDate from = date(p, "from", false);
    LocalDate to = date(p, "to", true);
    checkRange(from, to);
    String q = p.one("q");
    Query query = new Query(q, entities, from, to, speakers, limit(p, Query.DEFAULT_LIMIT));
    return cache.get(query, () -> SearchResponse.of(query, archive.search(query)));
  }

  ArticleView article(String id) {
    return archive
        .article(id)
        .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
  }

  Map<String, EntityDto> articleEntities(String id) {
    Map<String, EntityDto> out = new LinkedHashMap<>();
    article(id).entities().forEach((local, ref) -> out.put(local, EntityDto.of(ref)));
    return out;
  }

  EntityResponse entity(String id) {
    return archive
        .view(id)
        .map(EntityResponse::of)
        .orElseThrow(() -> ApiException.notFound("no entity '" + id + "' in the archive"));
  }

  QuotesResponse quotes(Params p) {
    LocalDate from = date(p, "from", false);
    LocalDate to = date(p, "to", true);
    checkRange(from, to);
    QuoteQuery q =
        new QuoteQuery(
            p.one("q"), p.one("speaker"), p.one("about"), from, to, limit(p, Query.DEFAULT_LIMIT));
    return QuotesResponse.of(archive.quotes(q));
  }

  StatsResponse stats() {
    return StatsResponse.of(archive.stats(), config.writesEnabled() && !archive.readOnly());
  }

  // ------------------------------------------------------------------ writes

  /** Stores the articles; returns once every one is committed (or failed). */
  IngestResponse ingest(List<Article> articles) {
    if (archive.readOnly()) {
      throw new ApiException(
          503, "the archive is open for reading only (another process is writing it)");
    }
    List<Outcome> outcomes = new ArrayList<>();
    Iterator<Article> it = articles.iterator();
    Iterator<IngestItem> items =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public IngestItem next() {
            return IngestItem.of(it.next());
          }
        };
    IngestOptions options =
        IngestOptions.defaults().withThreads(Math.min(config.ingestThreads(), articles.size()));
    try {
      IngestReport report =
          archive.ingest(
              items, analyzer, options, (committed, soFar) -> outcomes.addAll(committed));
      return IngestResponse.of(outcomes, report.notes());
    } catch (IngestAbortedException e) {
      throw new ApiException(
          503,
          "the archive could not store the articles ("
              + e.getMessage()
              + "); "
              + outcomes.size()
              + " committed before the failure are kept");
    } finally {
      cache.invalidate(); // after the index caught up: no answer from before the write survives
    }
  }

  /**
   * Analyses without storing: one exchange-JSON document for one object, an array for an array, one
   * line each for JSON Lines.
   */
  byte[] analyze(ArticleBodies.Parsed body, boolean tokens) {
    DocumentJson.Options options =
        tokens ? DocumentJson.Options.DEFAULT : DocumentJson.Options.COMPACT;
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
    List<Article> articles = body.articles();
    try {
      if (body.form() == ArticleBodies.Form.JSONL) {
        for (int i = 0; i < articles.size(); i++) {
          DocumentJson.write(analyse(articles.get(i), "line"), out, options);
          out.write('\n');
        }
      } else {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
          boolean array = body.form() == ArticleBodies.Form.ARRAY;
          if (array) {
            g.writeStartArray();
          }
          for (Article a : articles) {
            DocumentJson.write(analyse(a, array ? "item" : null), g, options);
          }
          if (array) {
            g.writeEndArray();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private Document analyse(Article a, String unit) {
    try {
      return analyzer.apply(a);
    } catch (RuntimeException e) {
      String where = unit == null ? "" : unit + " " + a.origin().line() + ": ";
      throw new ApiException(
          422,
          where
              + "the analysis failed: "
              + Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  // ------------------------------------------------------------------ parameters

  /**
   * A date as the CLI takes it: YYYY-MM-DD, or YYYY-MM and YYYY meaning their first day ({@code
   * from}) or last day ({@code to}).
   */
  private static LocalDate date(Params p, String name, boolean end) {
    String v = p.one(name);
    if (v == null) {
      return null;
    }
    try {
      if (v.matches("\\d{4}")) {
        Year y = Year.parse(v);
        return end ? y.atMonth(12).atEndOfMonth() : y.atDay(1);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(v);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeException e) {
      throw ApiException.badRequest(
          "'"
              + name
              + "' must be a date such as 2026-01-24 (or 2026-01, or 2026), not '"
              + abbreviate(v)
              + "'");
    }
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest(
          "the date range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  private static int limit(Params p, int dflt) {
    String v = p.one("limit");
    if (v == null) {
      return dflt;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'limit' must be a whole number, not '" + abbreviate(v) + "'");
    }
    if (n < 1 || n > MAX_LIMIT) {
      throw ApiException.badRequest("'limit' must be between 1 and " + MAX_LIMIT + ", not " + n);
    }
    return n;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}

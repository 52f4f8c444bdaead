package org.khabar.archive.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.khabar.analysis.Analyzer;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveStats;
import org.khabar.archive.dedup.Canonical;
import org.khabar.archive.ingest.IngestItem;
import org.khabar.archive.ingest.IngestListener;
import org.khabar.archive.ingest.IngestOptions;
import org.khabar.archive.ingest.IngestReport;
import org.khabar.archive.search.Query;
import org.khabar.archive.search.SearchHit;
import org.khabar.archive.search.SearchResults;
import org.khabar.archive.store.Store;
import org.khabar.io.read.ArticleInputs;
import org.khabar.io.read.CloseableIterator;
import org.khabar.io.read.ReadOptions;
import org.khabar.io.read.ReadResult;

/**
 * The archive on real news (a main-method bench; speed is not unit tested): ingest throughput with
 * the standard analyser, store and index size per 1,000 articles, duplicates found, search latency
 * over the name queries of {@code name-queries.tsv}, and those queries' recall and precision
 * against the articles that hold one of their Devanagari spellings.
 *
 * <p>Usage: {@code ArchiveBench [shared-dir] [work-dir] [threads]} (defaults {@code ../shared}, a
 * temporary directory, 2). Needs the covid2020-5papers and bbc-hindi folders of {@code
 * ../shared/data/news}.
 */
public final class ArchiveBench {

  private ArchiveBench() {}

  record NameQuery(String query, List<String> spellings) {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path work =
        args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("khabar-archive-bench");
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Path jsonl = work.resolve("jsonl");
    Path store = work.resolve("archive");
    deleteTree(store);
    int n = Corpora.toJsonl(shared, jsonl);
    System.out.printf(Locale.ROOT, "corpus: %d articles (covid2020-5papers split, bbc-hindi)%n", n);

    Analyzer analyzer = Analyzer.standard();
    analyzer.analyze(new org.khabar.model.Article("warm", null, "", "नमस्ते।", null));
    IngestReport first;
    try (Archive a = Archive.open(store)) {
      first = ingest(a, jsonl, analyzer, threads);
      print("ingest", first, threads);
      IngestReport again = ingest(a, jsonl, analyzer, threads);
      print("re-ingest (all unchanged)", again, threads);
      ArchiveStats s = a.stats();
      System.out.printf(
          Locale.ROOT,
          "stored %d articles = %d stories + %d exact + %d near duplicates%n",
          s.stored(),
          s.stories(),
          s.exactDuplicates(),
          s.nearDuplicates());
      System.out.printf(
          Locale.ROOT,
          "size: store %.1f MB, index %.1f MB = %.2f MB store + %.2f MB index per 1,000 articles%n",
          s.storeBytes() / 1e6,
          s.indexBytes() / 1e6,
          s.storeBytes() / 1e6 / s.stored() * 1000,
          s.indexBytes() / 1e6 / s.stored() * 1000);
    }
    nearDuplicateSamples(store);

    List<NameQuery> queries = readQueries();
    Map<String, Long> groupOf = new HashMap<>();
    Map<String, String> textOf = new HashMap<>();
    try (Store s = Store.openReadOnly(store.resolve(Store.FILE))) {
      s.read(
          c -> {
            try (Statement st = c.createStatement();
                ResultSet rs =
                    st.executeQuery(
                        "SELECT id, dup_group, json_extract(analysis, '$.text') FROM articles")) {
              while (rs.next()) {
                groupOf.put(rs.getString(1), rs.getLong(2));
                textOf.put(rs.getString(1), Canonical.text(rs.getString(3)));
              }
            }
            return null;
          });
    }
    try (Archive a = Archive.openForReading(store)) {
      recall(a, queries, groupOf, textOf);
      latency(a, queries);
    }
  }

  private static IngestReport ingest(Archive a, Path jsonl, Analyzer analyzer, int threads) {
    try (CloseableIterator<ReadResult> in =
        ArticleInputs.open(List.of(jsonl), ReadOptions.defaults())) {
      return a.ingest(
          IngestItem.from(in),
          analyzer::analyze,
          IngestOptions.defaults().withThreads(threads),
          IngestListener.none());
    }
  }

  private static void print(String what, IngestReport r, int threads) {
    System.out.printf(
        Locale.ROOT,
        "%s: %d inputs in %.1f s = %.1f articles/s with %d analysis threads"
            + " (stored %d, exact %d, near %d, unchanged %d, failed %d)%n",
        what,
        r.seen(),
        r.elapsed().toMillis() / 1000.0,
        r.perSecond(),
        threads,
        r.stored(),
        r.exactDuplicates(),
        r.nearDuplicates(),
        r.unchanged(),
        r.failed());
  }

  private static void nearDuplicateSamples(Path store) {
    try (Store s = Store.openReadOnly(store.resolve(Store.FILE))) {
      s.read(
          c -> {
            try (Statement st = c.createStatement();
                ResultSet rs =
                    st.executeQuery(
                        "SELECT a.similarity, count(*) FROM articles a WHERE a.dup_kind = 'near'"
                            + " GROUP BY round(a.similarity, 1) ORDER BY 1")) {
              StringBuilder b = new StringBuilder("near-duplicate similarities:");
              while (rs.next()) {
                b.append(String.format(Locale.ROOT, " ~%.1f×%d", rs.getDouble(1), rs.getInt(2)));
              }
              System.out.println(b);
            }
            return null;
          });
    }
  }

  private static void recall(
      Archive a, List<NameQuery> queries, Map<String, Long> groupOf, Map<String, String> textOf) {
    System.out.println();
    System.out.println("query                  truth  found  recall  precision");
    double sumRecall = 0;
    double sumPrecision = 0;
    long tp = 0;
    long truthAll = 0;
    long foundAll = 0;
    for (NameQuery q : queries) {
      Set<Long> truth = new HashSet<>();
      List<Pattern> patterns = new ArrayList<>();
      for (String sp : q.spellings()) {
        patterns.add(
            Pattern.compile(
                "(?<![\\p{L}\\p{M}])"
                    + Pattern.quote(Canonical.text(sp)).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}\\p{M}])"));
      }
      for (Map.Entry<String, String> e : textOf.entrySet()) {
        for (Pattern p : patterns) {
          if (p.matcher(e.getValue()).find()) {
            truth.add(groupOf.get(e.getKey()));
            break;
          }
        }
      }
      SearchResults r = a.search(Query.of(q.query()).limit(100_000));
      Set<Long> found = new HashSet<>();
      for (SearchHit h : r.hits()) {
        found.add(groupOf.get(h.id()));
      }
      Set<Long> hit = new HashSet<>(found);
      hit.retainAll(truth);
      double recall = truth.isEmpty() ? 1 : hit.size() / (double) truth.size();
      double precision =
          found.isEmpty() ? (truth.isEmpty() ? 1 : 0) : hit.size() / (double) found.size();
      sumRecall += recall;
      sumPrecision += precision;
      tp += hit.size();
      truthAll += truth.size();
      foundAll += found.size();
      System.out.printf(
          Locale.ROOT,
          "%-22s %5d  %5d  %6.3f  %9.3f%n",
          q.query(),
          truth.size(),
          found.size(),
          recall,
          precision);
    }
    System.out.printf(
        Locale.ROOT,
        "%d queries: macro recall %.3f, macro precision %.3f; micro recall %.3f, micro precision"
            + " %.3f%n",
        queries.size(),
        sumRecall / queries.size(),
        sumPrecision / queries.size(),
        tp / (double) truthAll,
        tp / (double) foundAll);
  }

  private static void latency(Archive a, List<NameQuery> queries) {
    for (int w = 0; w < 3; w++) {
      queries.forEach(q -> a.search(Query.of(q.query())));
    }
    List<Long> nanos = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      for (NameQuery q : queries) {
        long t0 = System.nanoTime();
        a.search(Query.of(q.query()));
        nanos.add(System.nanoTime() - t0);
      }
    }
    nanos.sort(Comparator.naturalOrder());
    System.out.printf(
        Locale.ROOT,
        "%nsearch latency (top 10 with snippets, %d searches): p50 %.1f ms, p90 %.1f ms, p99 %.1f"
            + " ms, max %.1f ms%n",
        nanos.size(),
        nanos.get(nanos.size() / 2) / 1e6,
        nanos.get(nanos.size() * 9 / 10) / 1e6,
        nanos.get(nanos.size() * 99 / 100) / 1e6,
        nanos.get(nanos.size() - 1) / 1e6);
  }

  static List<NameQuery> readQueries() throws IOException {
    List<NameQuery> out = new ArrayList<>();
    try (InputStream in = ArchiveBench.class.getResourceAsStream("name-queries.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        out.add(new NameQuery(cols[0].strip(), List.of(cols[1].strip().split("\\|"))));
      }
    }
    return out;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> all = Files.walk(p)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}

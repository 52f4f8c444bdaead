package org.khabar.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.analysis.Analyzer;
import org.khabar.analysis.OrderedParallel;
import org.khabar.io.json.DocumentJson;
import org.khabar.io.read.ArticleInputs;
import org.khabar.io.read.CloseableIterator;
import org.khabar.io.read.ReadOptions;
import org.khabar.io.read.ReadResult;
import org.khabar.model.Article;
import org.khabar.model.Document;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code khabar bench}: words/s and articles/s of every analysis stage (one thread) and of the
 * whole pipeline with JSON output (several threads), on articles read from files.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure analysis speed on real articles: each stage alone on one thread, then the whole",
      "pipeline plus JSON output on --threads threads. Articles are read into memory first."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--threads",
      description = "Threads for the whole-pipeline run (default: all cores).")
  Integer threads;

  @Option(
      names = "--limit",
      defaultValue = "2000",
      description = "At most this many articles (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Minimum measuring time per run (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Warm-up seconds (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files or directories.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    Analyzer analyzer = Analyzer.standard();
    List<Article> articles = new ArrayList<>();
    try (CloseableIterator<ReadResult> in = ArticleInputs.open(inputs, ReadOptions.defaults())) {
      while (in.hasNext() && articles.size() < limit) {
        if (in.next() instanceof ReadResult.Ok ok) {
          articles.add(ok.article());
        }
      }
    } catch (Exception e) {
      throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
    }
    if (articles.isEmpty()) {
      spec.commandLine().getErr().println("khabar bench: no articles in the inputs");
      return ExitCodes.FAILED;
    }
    out.printf(
        Locale.ROOT, "start-up (resources loaded): %.2f s%n", (System.nanoTime() - t0) / 1e9);
    long words = 0;
    for (Article a : articles) {
      words += words(analyzer.analyze(a));
    }
    out.printf(Locale.ROOT, "corpus: %d articles, %d words%n", articles.size(), words);

    List<Stage> stages = analyzer.pipeline().stages();
    runSingle(analyzer, articles, warmup);
    Map<String, long[]> perStage = new LinkedHashMap<>();
    for (Stage s : stages) {
      perStage.put(s.name(), new long[1]);
    }
    long[] json = new long[1];
    int passes = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < seconds * 1_000_000_000L || passes == 0) {
      for (Article a : articles) {
        Document d = Document.of(a);
        for (Stage s : stages) {
          long b = System.nanoTime();
          d = s.apply(d);
          perStage.get(s.name())[0] += System.nanoTime() - b;
        }
        long b = System.nanoTime();
        ByteArrayOutputStream buf = new ByteArrayOutputStream(16 * 1024);
        DocumentJson.write(d, buf, DocumentJson.Options.DEFAULT);
        json[0] += System.nanoTime() - b;
      }
      passes++;
    }
    out.println();
    out.println("one thread, per stage:");
    out.printf(Locale.ROOT, "  %-10s %12s %12s %8s%n", "stage", "words/s", "articles/s", "share");
    long total = json[0];
    for (long[] v : perStage.values()) {
      total += v[0];
    }
    long totalWords = words * passes;
    long totalArticles = (long) articles.size() * passes;
    for (Map.Entry<String, long[]> e : perStage.entrySet()) {
      row(out, e.getKey(), e.getValue()[0], totalWords, totalArticles, total);
    }
    row(out, "json", json[0], totalWords, totalArticles, total);
    row(out, "total", total, totalWords, totalArticles, total);

    int n = threads == null ? OrderedParallel.defaultThreads() : threads;
    long[] bytes = new long[1];
    int wallPasses = 0;
    long w0 = System.nanoTime();
    try (OrderedParallel<Article, Integer> par =
        new OrderedParallel<>(
            n,
            a -> {
              ByteArrayOutputStream buf = new ByteArrayOutputStream(16 * 1024);
              DocumentJson.write(analyzer.analyze(a), buf, DocumentJson.Options.DEFAULT);
              return buf.size();
            })) {
      while (System.nanoTime() - w0 < seconds * 1_000_000_000L || wallPasses == 0) {
        par.run(articles.iterator(), size -> bytes[0] += size);
        wallPasses++;
      }
    }
    double wall = (System.nanoTime() - w0) / 1e9;
    out.println();
    out.printf(
        Locale.ROOT,
        "whole pipeline + JSON, %d threads: %.0f words/s, %.1f articles/s (%.1f MB of JSON/s)%n",
        n,
        words * wallPasses / wall,
        articles.size() * wallPasses / wall,
        bytes[0] / wall / 1e6);
    return ExitCodes.OK;
  }

  private static void runSingle(Analyzer analyzer, List<Article> articles, int seconds) {
    long start = System.nanoTime();
    do {
      for (Article a : articles) {
        analyzer.analyze(a);
        if (System.nanoTime() - start > seconds * 1_000_000_000L) {
          return;
        }
      }
    } while (System.nanoTime() - start < seconds * 1_000_000_000L);
  }

  private static void row(
      PrintWriter out, String name, long nanos, long words, long articles, long total) {
    double s = Math.max(nanos, 1) / 1e9;
    out.printf(
        Locale.ROOT,
        "  %-10s %12.0f %12.1f %7.1f%%%n",
        name,
        words / s,
        articles / s,
        100.0 * nanos / Math.max(total, 1));
  }

  /** Words: tokens that are not punctuation or symbols. */
  static long words(Document d) {
    long n = 0;
    for (Token t : d.tokens()) {
      if (t.kind() != TokenKind.PUNCTUATION && t.kind() != TokenKind.SYMBOL) {
        n++;
      }
    }
    return n;
  }
}

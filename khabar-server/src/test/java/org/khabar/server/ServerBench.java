package org.khabar.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.khabar.archive.Archive;
import org.khabar.archive.ingest.IngestReport;
import org.khabar.io.read.ArticleInputs;
import org.khabar.io.read.CloseableIterator;
import org.khabar.io.read.Format;
import org.khabar.io.read.ReadOptions;
import org.khabar.io.read.ReadResult;
import org.khabar.model.Article;
import org.khabar.model.Origin;

/**
 * Loopback load on {@code /api/search} and the search page's load time, over an archive of real
 * articles from {@code ../shared/data/news/covid2020-5papers} ingested at run time into a temporary
 * directory (nothing is kept). Bounded in requests and time; talks to 127.0.0.1 only.
 *
 * <pre>
 * ./mvnw -B -q -pl khabar-server -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/khabar-server.cp -Dmdep.includeScope=test
 * java --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
 *     -cp khabar-server/target/test-classes:khabar-server/target/classes:$(cat /tmp/khabar-server.cp) \
 *     org.khabar.server.ServerBench [articles=300] [requests=20000] [clients=16] [seconds=60] \
 *     [shared=../shared]
 * </pre>
 *
 * <p>Runs the load twice: without the search cache (every request searches the archive) and with it
 * (the ten queries repeat, so nearly every request is a cache hit); each run stops after {@code
 * requests} or {@code seconds}, whichever comes first.
 *
 * <pre>
 * </pre>
 */
public final class ServerBench {

  private static final List<String> QUERIES =
      List.of(
          "कोरोना",
          "लॉकडाउन",
          "दिल्ली",
          "corona",
          "lockdown",
          "अस्पताल",
          "मजदूर",
          "bihar",
          "संक्रमण मरीज",
          "प्रधानमंत्री मोदी");

  private static final Pattern DAY =
      Pattern.compile("(\\d{4})-([A-Z]{3})-(\\d{2})", Pattern.CASE_INSENSITIVE);

  private ServerBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new java.util.HashMap<>();
    for (String a : args) {
      String[] kv = a.split("=", 2);
      opt.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
    int nArticles = Integer.parseInt(opt.getOrDefault("articles", "300"));
    int nRequests = Integer.parseInt(opt.getOrDefault("requests", "20000"));
    int clients = Integer.parseInt(opt.getOrDefault("clients", "16"));
    Path shared =
        Path.of(opt.getOrDefault("shared", System.getProperty("khabar.shared", "../shared")));
    Path corpus = shared.resolve("data/news/covid2020-5papers/Corpora");
    if (!Files.isDirectory(corpus)) {
      System.err.println("no corpus at " + corpus + ": nothing to measure");
      return;
    }
    Path dir = Files.createTempDirectory("khabar-bench");
    try {
      List<Article> articles = read(corpus, nArticles);
      Archive archive = Archive.open(dir.resolve("archive"));
      long t0 = System.nanoTime();
      IngestReport report = archive.ingest(articles, new TestAnalyzer());
      System.out.printf(
          Locale.ROOT,
          "ingested %d articles (%d stored, %d failed) in %.1f s%n",
          articles.size(),
          report.stored(),
          report.failed(),
          (System.nanoTime() - t0) / 1e9);
      int seconds = Integer.parseInt(opt.getOrDefault("seconds", "60"));
      try {
        for (int cacheSize : new int[] {0, 256}) {
          KhabarServer server =
              KhabarServer.start(
                  ServerConfig.defaults().withPort(0).withSearchCache(cacheSize),
                  archive,
                  new TestAnalyzer());
          try {
            String base = "http://127.0.0.1:" + server.port();
            String label = cacheSize == 0 ? "no cache" : "cache " + cacheSize;
            load(base, 200, clients, seconds, label + ", warm-up");
            load(base, nRequests, clients, seconds, label + ", measured");
            if (cacheSize > 0) {
              pageLoad(base);
            }
          } finally {
            server.stop();
          }
        }
      } finally {
        archive.close();
      }
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static List<Article> read(Path corpus, int n) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files =
          s.filter(p -> p.toString().endsWith(".txt"))
              .filter(p -> !p.getFileName().toString().equalsIgnoreCase("Readme.txt"))
              .sorted()
              .toList();
    }
    // spread over papers and days: every k-th file
    int step = Math.max(1, files.size() / n);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < files.size() && out.size() < n; i += step) {
      Path f = files.get(i);
      try (CloseableIterator<ReadResult> it =
          ArticleInputs.open(List.of(f), ReadOptions.defaults().withFormat(Format.TEXT))) {
        while (it.hasNext()) {
          if (it.next() instanceof ReadResult.Ok ok) {
            Article a = ok.article();
            out.add(
                new Article(
                    f.getParent().getFileName() + "/" + f.getFileName(),
                    date(f.getFileName().toString()),
                    a.headline(),
                    a.body(),
                    new Origin(f.getParent().getParent().getFileName().toString(), 0)));
          }
        }
      }
    }
    return out;
  }

  private static LocalDate date(String name) {
    Matcher m = DAY.matcher(name);
    if (!m.find()) {
      return null;
    }
    String mon = m.group(2).toUpperCase(Locale.ROOT).replace("ARP", "APR");
    int month =
        List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
                .indexOf(mon)
            + 1;
    try {
      return month == 0
          ? null
          : LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static void load(String base, int total, int clients, int seconds, String label)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    long[] lat = new long[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long start = System.nanoTime();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        pool.submit(
            () -> {
              for (int i = next.getAndIncrement();
                  i < total && System.nanoTime() < deadline;
                  i = next.getAndIncrement()) {
                String q = QUERIES.get(i % QUERIES.size());
                HttpRequest req =
                    HttpRequest.newBuilder(
                            URI.create(
                                base
                                    + "/api/search?limit=10&q="
                                    + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .build();
                long t = System.nanoTime();
                try {
                  HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                  if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                  }
                } catch (IOException | InterruptedException e) {
                  errors.incrementAndGet();
                }
                lat[i] = System.nanoTime() - t;
              }
              return null;
            });
      }
    }
    double secs = (System.nanoTime() - start) / 1e9;
    int done = Math.min(total, next.get());
    long[] got = Arrays.copyOf(lat, done);
    Arrays.sort(got);
    System.out.printf(
        Locale.ROOT,
        "%s: %d requests, %d clients, %.1f s: %.0f req/s; latency p50 %.2f ms, p99 %.2f ms, max %.1f ms; %d errors%n",
        label,
        done,
        clients,
        secs,
        done / secs,
        got[done / 2] / 1e6,
        got[(int) Math.min(done - 1, Math.ceil(done * 0.99) - 1)] / 1e6,
        got[done - 1] / 1e6,
        errors.get());
  }

  private static void pageLoad(String base) {
    if (!Files.isExecutable(BrowserTest.CHROMIUM)) {
      System.out.println("page load: no chromium, skipped");
      return;
    }
    try (Playwright pw = BrowserTest.playwright();
        Browser browser = BrowserTest.launch(pw)) {
      String url = base + "/?q=" + URLEncoder.encode("कोरोना", StandardCharsets.UTF_8);
      List<double[]> runs = new ArrayList<>();
      for (int i = 0; i < 21; i++) {
        try (BrowserContext ctx = browser.newContext()) {
          Page page = ctx.newPage();
          page.navigate(url);
          page.waitForSelector("main[data-ready='search']");
          @SuppressWarnings("unchecked")
          List<Object> t =
              (List<Object>)
                  page.evaluate(
                      "() => { const n = performance.getEntriesByType('navigation')[0];"
                          + " return [n.domContentLoadedEventEnd, n.loadEventEnd, performance.now()]; }");
          if (i > 0) { // the first run warms the server and the browser
            runs.add(new double[] {num(t.get(0)), num(t.get(1)), num(t.get(2))});
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "search page (%d cold-context loads, median): domContentLoaded %.0f ms, load %.0f ms,"
              + " results shown by %.0f ms%n",
          runs.size(),
          median(runs, 0),
          median(runs, 1),
          median(runs, 2));
    }
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }

  private static double median(List<double[]> runs, int k) {
    double[] v = runs.stream().mapToDouble(r -> r[k]).sorted().toArray();
    return v[v.length / 2];
  }
}

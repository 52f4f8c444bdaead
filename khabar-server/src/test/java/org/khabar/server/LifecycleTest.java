package org.khabar.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.khabar.server.TestServer.json;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.archive.Archive;
import org.khabar.model.Article;
import org.khabar.model.Document;

/** Starting, refusing writes, failing without leaking a stack trace, and stopping cleanly. */
class LifecycleTest {

  @TempDir Path dir;

  private static final String SLOW =
      "{\"id\":\"slow1\",\"date\":\"2026-02-11\",\"headline\":\"धीमी ख़बर\",\"text\":\"राहुल गांधी"
          + " ने पटना में सभा की।\"}";

  @Nested
  class Writes {
    @Test
    void withoutATokenWritesAre403SayingHowToEnableThem() {
      try (TestServer t =
          TestServer.start(
              dir.resolve("a"), ServerConfig.defaults().withPort(0), new TestAnalyzer())) {
        HttpResponse<String> r =
            t.post("/api/articles", SLOW, "application/json", TestServer.TOKEN);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).path("error").asText()).contains("--token", "KHABAR_TOKEN");
        assertThat(json(t.get("/api/stats")).path("writesEnabled").asBoolean()).isFalse();
        assertThat(t.post("/api/analyze", SLOW, "application/json", null).statusCode())
            .as("analysing stores nothing and needs no token")
            .isEqualTo(200);
      }
    }
  }

  @Nested
  class Failures {
    @Test
    void aFailingArchiveGivesJson500WithoutAStackTrace() {
      try (TestServer t = TestServer.start(dir.resolve("b"))) {
        t.archive.close();
        HttpResponse<String> r = t.get("/api/stats");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(json(r).path("error").asText())
            .contains("internal error")
            .doesNotContain("\tat ", "Exception:");
      }
    }

    @Test
    void aFailingAnalysisIs422NamingTheItem() {
      Function<Article, Document> broken =
          a -> {
            if (a.id().equals("bad")) {
              throw new IllegalStateException("बहुत लंबा");
            }
            return new TestAnalyzer().apply(a);
          };
      try (TestServer t =
          TestServer.start(
              dir.resolve("c"), ServerConfig.defaults().withPort(0).withToken("k"), broken)) {
        HttpResponse<String> r =
            t.post(
                "/api/analyze",
                "[{\"id\":\"ok\",\"text\":\"ठीक।\"},{\"id\":\"bad\",\"text\":\"ख़राब।\"}]",
                "application/json",
                null);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).path("error").asText()).startsWith("item 2:").contains("बहुत लंबा");
        HttpResponse<String> ingest =
            t.post(
                "/api/articles", "{\"id\":\"bad\",\"text\":\"ख़राब।\"}", "application/json", "k");
        assertThat(ingest.statusCode()).isEqualTo(200);
        assertThat(json(ingest).path("items").get(0).path("status").asText()).isEqualTo("failed");
        assertThat(json(ingest).path("items").get(0).path("message").asText())
            .contains("बहुत लंबा");
      }
    }
  }

  @Nested
  class GracefulStop {
    @Test
    void aWriteInFlightIsAnsweredAndKeptWhenTheServerStops() throws Exception {
      CountDownLatch analysing = new CountDownLatch(1);
      TestAnalyzer real = new TestAnalyzer();
      Function<Article, Document> slow =
          a -> {
            if (a.id().startsWith("slow")) {
              analysing.countDown();
              try {
                Thread.sleep(1500);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return real.apply(a);
          };
      Path store = dir.resolve("d");
      TestServer t =
          TestServer.start(store, ServerConfig.defaults().withPort(0).withToken("k"), slow);
      CompletableFuture<HttpResponse<String>> pending =
          CompletableFuture.supplyAsync(
              () -> t.post("/api/articles", SLOW, "application/json", "k"));
      assertThat(analysing.await(20, TimeUnit.SECONDS)).isTrue();
      t.server.stop(); // returns once the request in flight has been answered
      HttpResponse<String> r = pending.get(20, TimeUnit.SECONDS);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(json(r).path("stored").asInt()).isEqualTo(1);
      assertThatThrownBy(() -> t.get("/api/stats"))
          .as("no longer accepting")
          .isInstanceOf(UncheckedIOException.class);
      t.archive.close();
      try (Archive reopened = Archive.openForReading(store)) {
        assertThat(reopened.article("slow1")).isPresent();
      }
    }
  }

  @Nested
  class Process {
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void anAcknowledgedWriteSurvivesSigtermAndRestart() throws Exception {
      Path store = dir.resolve("e");
      Child first = Child.start(store);
      try {
        HttpResponse<String> r =
            first.post("/api/articles", SLOW.replace("slow1", "kept1"), "token-p");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).path("stored").asInt()).isEqualTo(1);
      } finally {
        first.process.destroy(); // SIGTERM: the shutdown hook stops the server, closes the archive
        assertThat(first.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      Child second = Child.start(store);
      try {
        HttpResponse<String> r = second.get("/api/articles/kept1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("headline").asText()).isEqualTo("धीमी ख़बर");
      } finally {
        second.process.destroy();
        assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
    }

    /** A server in its own JVM, as {@code khabar serve} runs it. */
    record Child(java.lang.Process process, String url, HttpClient http) {
      static Child start(Path store) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("--add-modules");
        cmd.add("jdk.incubator.vector");
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(TestMain.class.getName());
        cmd.add(store.toString());
        cmd.add("token-p");
        java.lang.Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out =
            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
          seen.append(line).append('\n');
          Matcher m = URL.matcher(line);
          if (line.startsWith("khabar serve:") && m.find()) {
            Thread drain =
                new Thread(
                    () -> {
                      try {
                        while (out.readLine() != null) {
                          // keep the pipe flowing
                        }
                      } catch (java.io.IOException ignored) {
                        // the process ended
                      }
                    });
            drain.setDaemon(true);
            drain.start();
            return new Child(
                p,
                m.group(1),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
          }
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start:\n" + seen);
      }

      HttpResponse<String> get(String path) throws Exception {
        return http.send(
            HttpRequest.newBuilder(URI.create(url + path.substring(1))).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }

      HttpResponse<String> post(String path, String body, String token) throws Exception {
        return http.send(
            HttpRequest.newBuilder(URI.create(url + path.substring(1)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }
    }
  }
}

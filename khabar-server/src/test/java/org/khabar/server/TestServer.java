package org.khabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.khabar.archive.Archive;
import org.khabar.archive.ingest.IngestReport;
import org.khabar.model.Article;
import org.khabar.model.Document;

/** A real server on a free loopback port over a seeded archive, with a small HTTP client. */
final class TestServer implements AutoCloseable {

  static final String TOKEN = "test-token-7f3a";
  static final ObjectMapper JSON = new ObjectMapper();

  final Archive archive;
  final KhabarServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;

  private TestServer(Archive archive, KhabarServer server) {
    this.archive = archive;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** Seeds an archive in {@code dir} and serves it with the token set. */
  static TestServer start(Path dir) {
    return start(dir, ServerConfig.defaults().withPort(0).withToken(TOKEN), new TestAnalyzer());
  }

  static TestServer start(Path dir, ServerConfig config, Function<Article, Document> analyzer) {
    Archive archive = Archive.open(dir);
    IngestReport r = archive.ingest(Seed.articles(), analyzer);
    assertThat(r.failed()).as("seed failures %s", r.failures()).isZero();
    return new TestServer(archive, KhabarServer.start(config, archive, analyzer));
  }

  String base() {
    return base;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  HttpResponse<String> post(String path, String body, String contentType, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + r.body(), e);
    }
  }

  @Override
  public void close() {
    server.stop();
    archive.close();
  }
}

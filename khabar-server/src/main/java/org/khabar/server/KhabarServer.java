package org.khabar.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.khabar.archive.Archive;
import org.khabar.model.Article;
import org.khabar.model.Document;

/**
 * Khabar's HTTP server: the JSON API under {@code /api} and the web UI at {@code /}, over one
 * archive. Requests run on virtual threads. {@link #stop()} is graceful: it stops accepting, lets
 * the requests in flight finish (an ingest answers only once committed), then returns; the caller
 * closes the archive after it.
 */
public final class KhabarServer implements AutoCloseable {

  private final Javalin app;
  private final ServerConfig config;
  private final int port;
  private volatile boolean stopped;

  private KhabarServer(Javalin app, ServerConfig config) {
    this.app = app;
    this.config = config;
    this.port = app.port();
  }

  /** Starts serving {@code archive}; analyses with {@code analyzer} (ingest and analyze). */
  public static KhabarServer start(
      ServerConfig config, Archive archive, Function<Article, Document> analyzer) {
    Objects.requireNonNull(config, "config");
    Api api = new Api(archive, analyzer, config);
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.useVirtualThreads = true;
              cfg.showJavalinBanner = false;
              cfg.startupWatcherEnabled = false;
              cfg.http.maxRequestSize = config.maxBodyBytes();
              cfg.jsonMapper(new JavalinJackson(mapper, false));
              cfg.jetty.defaultHost = config.host();
              cfg.jetty.defaultPort = config.port();
              cfg.jetty.modifyServer(
                  server -> {
                    // Graceful stop: connectors stop accepting, requests in flight finish.
                    server.setHandler(new StatisticsHandler());
                    server.setStopTimeout(config.shutdownTimeout().toMillis());
                  });
              cfg.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/web";
                    sf.location = Location.CLASSPATH;
                    sf.headers = Map.of("Cache-Control", "no-cache");
                  });
              cfg.router.mount(r -> Routes.install(r, api, config));
            });
    app.start();
    return new KhabarServer(app, config);
  }

  /** The port bound (the one picked when the configuration said 0). */
  public int port() {
    return port;
  }

  /** The address to open in a browser. */
  public String url() {
    String host = config.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port() + "/";
  }

  public ServerConfig config() {
    return config;
  }

  /** Stops accepting, waits for the requests in flight (up to the configured timeout). */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }
}

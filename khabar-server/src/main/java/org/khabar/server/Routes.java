package org.khabar.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.khabar.server.dto.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every route of the server, in one place. Each is a plain lambda that reads the request, calls
 * {@link Api} and writes the answer; errors become JSON {@code {status, error}} here too.
 */
final class Routes {

  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

  static final String JSON = "application/json; charset=utf-8";

  /** The UI's pages: the same document, which reads its route from the URL. */
  static final List<String> PAGES = List.of("/", "/article/{id}", "/entity/{id}");

  /** The API routes, as the OpenAPI description must list them. */
  static final List<String> API =
      List.of(
          "GET /api/search",
          "GET /api/articles/{id}",
          "GET /api/articles/{id}/entities",
          "GET /api/entities/{id}",
          "GET /api/quotes",
          "GET /api/stats",
          "POST /api/articles",
          "POST /api/analyze",
          "GET /api/openapi.json");

  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'; form-action 'self'";

  private Routes() {}

  static void install(JavalinDefaultRouting r, Api api, ServerConfig config) {
    byte[] index = resource("/web/index.html");
    byte[] openApi = resource("/web/openapi.json");

    r.before(
        ctx -> {
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("Content-Security-Policy", CSP);
        });

    // ---- the JSON API
    r.get("/api/search", ctx -> ctx.json(api.search(Requests.params(ctx))));
    r.get(
        "/api/articles/{id}",
        ctx ->
            ctx.contentType(JSON)
                .result(
                    api.article(ctx.pathParam("id"))
                        .analysisJson()
                        .getBytes(StandardCharsets.UTF_8)));
    r.get("/api/articles/{id}/entities", ctx -> ctx.json(api.articleEntities(ctx.pathParam("id"))));
    r.get("/api/entities/{id}", ctx -> ctx.json(api.entity(ctx.pathParam("id"))));
    r.get("/api/quotes", ctx -> ctx.json(api.quotes(Requests.params(ctx))));
    r.get("/api/stats", ctx -> ctx.json(api.stats()));
    r.get("/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
    r.post(
        "/api/articles",
        ctx -> {
          Requests.requireToken(ctx, config);
          byte[] body = Requests.body(ctx, config.maxBodyBytes());
          var parsed = ArticleBodies.parse(body, ctx.contentType(), "http");
          ctx.json(api.ingest(parsed.articles()));
        });
    r.post(
        "/api/analyze",
        ctx -> {
          byte[] body = Requests.body(ctx, config.maxBodyBytes());
          var parsed = ArticleBodies.parse(body, ctx.contentType(), "http");
          byte[] out = api.analyze(parsed, Requests.flag(ctx, "tokens", true));
          ctx.contentType(
                  parsed.form() == ArticleBodies.Form.JSONL
                      ? ArticleBodies.NDJSON + "; charset=utf-8"
                      : JSON)
              .result(out);
        });

    // ---- the web UI: one page that routes itself; its assets come from the static files
    for (String page : PAGES) {
      r.get(page, ctx -> ctx.contentType("text/html; charset=utf-8").result(index));
    }

    // ---- errors, always as JSON
    r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    r.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(
              ctx,
              500,
              "internal error ("
                  + e.getClass().getSimpleName()
                  + "); the server log has the details");
        });
    r.error(
        404,
        ctx -> {
          if (ctx.resultInputStream() == null) {
            error(ctx, 404, "no such page or route: " + ctx.method() + " " + ctx.path());
          }
        });
    r.error(
        405,
        ctx -> {
          if (ctx.resultInputStream() == null) {
            error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
          }
        });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(new ErrorResponse(status, message));
  }

  private static byte[] resource(String name) {
    try (InputStream in = Routes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

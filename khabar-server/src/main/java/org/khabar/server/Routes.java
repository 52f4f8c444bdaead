package org.khabar.server;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
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
  static final String OPENAPI = "/web/openapi.json";

  /** The UI's pages: the same document, which reads its route from the URL. */
  static final List<String> PAGES = List.of("/", "/article/{id}", "/entity/{id}");

  /** One API route: its method, its path (Javalin syntax, as in the OpenAPI paths) and handler. */
  record Route(HandlerType method, String path, Handler handler) {
    /** "GET /api/search". */
    String describe() {
      return method + " " + path;
    }
  }

  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'; form-action 'self'";

  private Routes() {}

  /** The JSON API, in one table: the OpenAPI description must list exactly these. */
  static List<Route> api(Api api, ServerConfig config, byte[] openApi) {
    return List.of(
        new Route(GET, "/api/search", ctx -> ctx.json(api.search(Requests.params(ctx)))),
        new Route(
            GET,
            "/api/articles/{id}",
            ctx ->
                ctx.contentType(JSON)
                    .result(
                        api.article(ctx.pathParam("id"))
                            .analysisJson()
                            .getBytes(StandardCharsets.UTF_8))),
        new Route(
            GET,
            "/api/articles/{id}/entities",
            ctx -> ctx.json(api.articleEntities(ctx.pathParam("id")))),
        new Route(GET, "/api/entities/{id}", ctx -> ctx.json(api.entity(ctx.pathParam("id")))),
        new Route(GET, "/api/quotes", ctx -> ctx.json(api.quotes(Requests.params(ctx)))),
        new Route(GET, "/api/stats", ctx -> ctx.json(api.stats())),
        new Route(GET, "/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi)),
        new Route(
            POST,
            "/api/articles",
            ctx -> {
              Requests.requireToken(ctx, config);
              byte[] body = Requests.body(ctx, config.maxBodyBytes());
              var parsed = ArticleBodies.parse(body, ctx.contentType(), "http");
              ctx.json(api.ingest(parsed.articles()));
            }),
        new Route(
            POST,
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
            }));
  }

  static void install(JavalinDefaultRouting r, Api api, ServerConfig config) {
    byte[] index = resource("/web/index.html");
    byte[] openApi = resource(OPENAPI);

    r.before(
        ctx -> {
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("Content-Security-Policy", CSP);
        });

    for (Route route : api(api, config, openApi)) {
      r.addHttpHandler(route.method(), route.path(), route.handler());
    }

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

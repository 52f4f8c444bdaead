package org.khabar.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI description and the routes agree, both ways, and every described route answers. */
class OpenApiTest {

  @TempDir static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() {
    t = TestServer.start(dir.resolve("archive"));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  private static List<String> described(JsonNode doc) {
    List<String> out = new ArrayList<>();
    doc.path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> out.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    return out;
  }

  private static List<String> routes() {
    return Routes.api(null, ServerConfig.defaults(), new byte[0]).stream()
        .map(Routes.Route::describe)
        .toList();
  }

  @Test
  void everyRouteIsDescribedAndNothingElse() {
    JsonNode doc = json(t.get("/api/openapi.json"));
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(described(doc)).containsExactlyInAnyOrderElementsOf(routes());
  }

  @Test
  void everyDescribedRouteAnswers() {
    JsonNode doc = json(t.get("/api/openapi.json"));
    for (String route : described(doc)) {
      String[] mp = route.split(" ", 2);
      String path = mp[1].replace("{id}", mp[1].startsWith("/api/entities") ? "kb:kharge" : "a1");
      HttpResponse<String> r =
          mp[0].equals("GET") ? t.get(path) : t.post(path, "{}", "application/json", null);
      assertThat(json(r).path("error").asText(""))
          .as(route)
          .doesNotStartWith("no such page or route");
      assertThat(r.statusCode()).as(route).isNotIn(404, 405, 500);
    }
  }

  @Test
  void responsesNameTheirSchemas() {
    JsonNode doc = json(t.get("/api/openapi.json"));
    doc.path("components")
        .path("schemas")
        .fieldNames()
        .forEachRemaining(s -> assertThat(doc.toString()).contains("#/components/schemas/" + s));
  }
}

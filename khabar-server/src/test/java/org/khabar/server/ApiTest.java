package org.khabar.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.khabar.server.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.io.json.DocumentJson;
import org.khabar.model.Document;

/** The JSON API against a real server on a free port, over a seeded archive. */
class ApiTest {

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

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<String> ids(JsonNode hits) {
    List<String> out = new ArrayList<>();
    hits.forEach(h -> out.add(h.path("id").asText()));
    return out;
  }

  @Nested
  class Search {
    @Test
    void romanisedNameFindsDevanagariStories() {
      HttpResponse<String> r = t.get("/api/search?q=kharge");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
      JsonNode j = json(r);
      assertThat(ids(j.path("hits"))).contains("a5", "a7", "a2");
      JsonNode first = j.path("hits").get(0);
      JsonNode snip = first.path("snippet");
      assertThat(snip.path("highlights").size()).isPositive();
      JsonNode h0 = snip.path("highlights").get(0);
      String marked =
          snip.path("text").asText().substring(h0.path("begin").asInt(), h0.path("end").asInt());
      assertThat(marked).contains("खरगे");
    }

    @Test
    void duplicatesCollapseIntoOneStory() {
      JsonNode j = json(t.get("/api/search?q=" + enc("पटना मुलाकात")));
      List<String> ids = ids(j.path("hits"));
      assertThat(ids).containsAnyOf("a1", "a6");
      assertThat(ids).doesNotContainSequence("a1", "a6");
      JsonNode hit = j.path("hits").get(ids.indexOf(ids.contains("a1") ? "a1" : "a6"));
      assertThat(hit.path("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void facetsCountPeoplePartiesPlacesAndMonths() {
      JsonNode f = json(t.get("/api/search?q=kharge")).path("facets");
      assertThat(f.path("person").toString()).contains("kb:kharge");
      assertThat(f.path("org").toString()).contains("kb:inc");
      assertThat(f.path("place").size()).isPositive();
      assertThat(f.path("month").toString()).contains("2026-01");
    }

    @Test
    void entityAndDateFiltersNarrow() {
      JsonNode j = json(t.get("/api/search?entity=kb:nitish-kumar&from=2025-12-01&to=2025-12-31"));
      assertThat(ids(j.path("hits"))).containsExactly("a3");
      assertThat(j.path("query").path("from").asText()).isEqualTo("2025-12-01");
    }

    @Test
    void monthsAndYearsStandForTheirFirstAndLastDays() {
      JsonNode j = json(t.get("/api/search?entity=kb:nitish-kumar&from=2025-12&to=2025-12"));
      assertThat(ids(j.path("hits"))).containsExactly("a3");
      assertThat(j.path("query").path("to").asText()).isEqualTo("2025-12-31");
      assertThat(json(t.get("/api/search?from=2026&to=2026&limit=50")).path("total").asInt())
          .isGreaterThanOrEqualTo(4);
    }

    @Test
    void emptyQueryListsLatestFirst() {
      JsonNode j = json(t.get("/api/search?limit=3"));
      List<String> dates = new ArrayList<>();
      j.path("hits").forEach(h -> dates.add(h.path("date").asText()));
      assertThat(dates).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(dates.get(0)).isGreaterThanOrEqualTo("2026-02-02");
    }

    @Test
    void badParametersAre400WithAMessage() {
      for (String q :
          List.of(
              "from=yesterday",
              "to=2026-13",
              "limit=0",
              "limit=101",
              "limit=lots",
              "from=2026-02-01&to=2026-01-01")) {
        HttpResponse<String> r = t.get("/api/search?q=x&" + q);
        assertThat(r.statusCode()).as(q).isEqualTo(400);
        assertThat(json(r).path("error").asText()).as(q).isNotBlank();
      }
    }
  }

  @Nested
  class Articles {
    @Test
    void servesTheExchangeShape() {
      HttpResponse<String> r = t.get("/api/articles/a1");
      assertThat(r.statusCode()).isEqualTo(200);
      Document d = DocumentJson.read(r.body());
      assertThat(d.id()).isEqualTo("a1");
      assertThat(d.article().body()).isEqualTo(Seed.KHARGE_PATNA_BODY);
      assertThat(d.entities()).extracting(e -> e.kbId()).contains("kb:kharge", "kb:patna");
      assertThat(d.quotes()).isNotEmpty();
    }

    @Test
    void localEntityIdsMapToArchiveEntities() {
      JsonNode j = json(t.get("/api/articles/a1/entities"));
      assertThat(j.path("e1").path("id").asText()).isEqualTo("kb:kharge");
      assertThat(j.path("e1").path("latin").asText()).isEqualTo("Mallikarjun Kharge");
    }

    @Test
    void unknownIdIs404() {
      HttpResponse<String> r = t.get("/api/articles/nope");
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(json(r).path("error").asText()).contains("nope");
    }
  }

  @Nested
  class Entities {
    @Test
    void entityByIdHasPostsCompanionsQuotesAndTimeline() {
      JsonNode j = json(t.get("/api/entities/kb:kharge"));
      assertThat(j.path("entity").path("name").asText()).isEqualTo("मल्लिकार्जुन खरगे");
      assertThat(j.path("articles").asInt()).isEqualTo(4);
      assertThat(j.path("companions").toString()).contains("kb:tejashwi-yadav");
      assertThat(j.path("timeline").size()).isGreaterThanOrEqualTo(3);
      assertThat(j.path("quotes").size()).isPositive();
      assertThat(j.path("posts").toString()).contains("अध्यक्ष");
    }

    @Test
    void entityByNameInEitherScript() {
      assertThat(json(t.get("/api/entities/" + enc("खरगे"))).path("entity").path("id").asText())
          .isEqualTo("kb:kharge");
    }

    @Test
    void unknownEntityIs404() {
      assertThat(t.get("/api/entities/zzqx").statusCode()).isEqualTo(404);
    }
  }

  @Nested
  class Quotes {
    @Test
    void bySpeaker() {
      JsonNode j = json(t.get("/api/quotes?speaker=kharge"));
      assertThat(j.path("total").asInt()).isPositive();
      j.path("quotes")
          .forEach(q -> assertThat(q.path("speaker").path("id").asText()).isEqualTo("kb:kharge"));
      assertThat(j.path("quotes").toString()).contains("किसानों");
    }

    @Test
    void aboutAnEntity() {
      JsonNode j = json(t.get("/api/quotes?about=" + enc("बिहार")));
      assertThat(j.path("quotes").size()).isPositive();
      j.path("quotes").forEach(q -> assertThat(q.path("about").toString()).contains("kb:bihar"));
    }
  }

  @Nested
  class Stats {
    @Test
    void countsStoriesAndCopies() {
      JsonNode j = json(t.get("/api/stats"));
      assertThat(j.path("stored").asInt()).isGreaterThanOrEqualTo(7);
      assertThat(j.path("exactDuplicates").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(j.path("writesEnabled").asBoolean()).isTrue();
    }
  }

  @Nested
  class Analyze {
    @Test
    void oneObjectGivesOneDocument() {
      HttpResponse<String> r =
          t.post(
              "/api/analyze",
              "{\"id\":\"x1\",\"date\":\"2026-01-05\",\"headline\":\"सभा\",\"text\":\"राहुल गांधी ने"
                  + " पटना में सभा की।\"}",
              "application/json",
              null);
      assertThat(r.statusCode()).isEqualTo(200);
      Document d = DocumentJson.read(r.body());
      assertThat(d.entities()).extracting(e -> e.kbId()).contains("kb:rahul-gandhi", "kb:patna");
      assertThat(t.get("/api/articles/x1").statusCode()).as("not stored").isEqualTo(404);
    }

    @Test
    void arrayGivesArrayAndJsonlGivesLines() throws Exception {
      String one = "{\"id\":\"y1\",\"text\":\"भाजपा ने बैठक की।\"}";
      String two = "{\"id\":\"y2\",\"text\":\"राजद ने धरना दिया।\"}";
      JsonNode arr =
          json(
              t.post(
                  "/api/analyze?tokens=false",
                  "[" + one + "," + two + "]",
                  "application/json",
                  null));
      assertThat(arr.isArray()).isTrue();
      assertThat(arr.size()).isEqualTo(2);
      assertThat(arr.get(0).has("tokens")).isFalse();
      HttpResponse<String> lines =
          t.post("/api/analyze", one + "\n" + two + "\n", "application/x-ndjson", null);
      assertThat(lines.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/x-ndjson");
      assertThat(lines.body().strip().split("\n")).hasSize(2);
      assertThat(DocumentJson.read(lines.body().split("\n")[1]).id()).isEqualTo("y2");
    }
  }

  @Nested
  class Ingest {
    private static final String ARTICLE =
        "{\"id\":\"n1\",\"date\":\"2026-02-10\",\"headline\":\"तेजस्वी यादव की रैली\","
            + "\"text\":\"राजद नेता तेजस्वी यादव ने पटना में रैली की। उन्होंने कहा कि युवा बदलाव"
            + " चाहते हैं।\"}";

    @Test
    void storesAndIsSearchableOnceAcknowledged() {
      assertThat(ids(json(t.get("/api/search?q=" + enc("रैली"))).path("hits")))
          .as("a cached answer from before the write must not survive it")
          .doesNotContain("n1");
      HttpResponse<String> r =
          t.post("/api/articles", ARTICLE, "application/json", TestServer.TOKEN);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode j = json(r);
      assertThat(j.path("items").get(0).path("status").asText()).isIn("stored", "unchanged");
      assertThat(t.get("/api/articles/n1").statusCode()).isEqualTo(200);
      assertThat(ids(json(t.get("/api/search?q=" + enc("रैली"))).path("hits"))).contains("n1");
      JsonNode again = json(t.post("/api/articles", ARTICLE, "application/json", TestServer.TOKEN));
      assertThat(again.path("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void jsonlReportsDuplicatesPerLine() {
      String body =
          "{\"id\":\"d1\",\"text\":\"दिल्ली में कांग्रेस की बैठक हुई और संगठन के चुनाव पर बात"
              + " हुई।\"}\n"
              + "{\"id\":\"d2\",\"text\":\"दिल्ली में कांग्रेस की बैठक हुई और संगठन के चुनाव पर बात"
              + " हुई।\"}\n";
      JsonNode j = json(t.post("/api/articles", body, "application/x-ndjson", TestServer.TOKEN));
      assertThat(j.path("received").asInt()).isEqualTo(2);
      assertThat(j.path("items").get(1).path("status").asText()).isEqualTo("duplicate");
      assertThat(j.path("items").get(1).path("duplicateOf").asText()).isEqualTo("d1");
      assertThat(j.path("items").get(1).path("position").asInt()).isEqualTo(2);
    }

    @Test
    void malformedJsonlNamesTheLineAndStoresNothing() {
      String body = "{\"id\":\"m1\",\"text\":\"ठीक पंक्ति।\"}\n{\"id\":\"m2\",\"text\":\n";
      HttpResponse<String> r =
          t.post("/api/articles", body, "application/x-ndjson", TestServer.TOKEN);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(json(r).path("error").asText()).startsWith("line 2:");
      assertThat(t.get("/api/articles/m1").statusCode()).isEqualTo(404);
    }

    @Test
    void malformedBodiesAre400NeverAStackTrace() {
      List<String> bodies =
          List.of(
              "{\"id\":",
              "[1,2]",
              "\"text\"",
              "{\"id\":\"e\"}",
              "{\"text\":\"\"}",
              "  ",
              "[]",
              "{\"text\":\"क\",\"date\":\"kal\"}",
              "{\"text\":5}");
      for (String b : bodies) {
        HttpResponse<String> r = t.post("/api/articles", b, "application/json", TestServer.TOKEN);
        assertThat(r.statusCode()).as(b).isEqualTo(400);
        assertThat(json(r).path("error").asText()).as(b).isNotBlank().doesNotContain("\tat ");
      }
      HttpResponse<String> bytes =
          t.send(
              HttpRequest.newBuilder(URI.create(t.base() + "/api/articles"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + TestServer.TOKEN)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xC3, '}'}))
                  .build());
      assertThat(bytes.statusCode()).isEqualTo(400);
    }

    @Test
    void unknownContentTypeIs415() {
      HttpResponse<String> r = t.post("/api/articles", ARTICLE, "text/csv", TestServer.TOKEN);
      assertThat(r.statusCode()).isEqualTo(415);
      assertThat(json(r).path("error").asText()).contains("application/x-ndjson");
    }
  }

  @Nested
  class Auth {
    @Test
    void missingTokenIs401() {
      HttpResponse<String> r =
          t.post("/api/articles", "{\"text\":\"क\"}", "application/json", null);
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
      assertThat(json(r).path("error").asText()).contains("Bearer");
    }

    @Test
    void wrongTokenIs401() {
      assertThat(
              t.post("/api/articles", "{\"text\":\"क\"}", "application/json", "guess").statusCode())
          .isEqualTo(401);
    }
  }

  @Nested
  class Limits {
    @Test
    void bodiesOverTheLimitAre413() {
      String big = "{\"text\":\"" + "क".repeat(3_700_000) + "\"}"; // ~11 MB of UTF-8
      HttpResponse<String> r = t.post("/api/articles", big, "application/json", TestServer.TOKEN);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(json(r).path("error").asText()).contains("10 MB");
      assertThat(t.post("/api/analyze", big, "application/json", null).statusCode()).isEqualTo(413);
    }
  }

  @Nested
  class Errors {
    @Test
    void unknownApiRouteIsJson404() {
      HttpResponse<String> r = t.get("/api/nothing-here");
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(json(r).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void securityHeadersKeepThePageOnThisServer() {
      HttpResponse<String> r = t.get("/");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("lang=\"hi\"");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
          .contains("default-src 'self'");
    }

    @Test
    void uiRoutesServeThePage() {
      for (String p : List.of("/article/a1", "/entity/kb:kharge", "/?q=kharge")) {
        HttpResponse<String> r = t.get(p);
        assertThat(r.statusCode()).as(p).isEqualTo(200);
        assertThat(r.body()).as(p).contains("/js/main.js");
      }
      assertThat(t.get("/js/main.js").statusCode()).isEqualTo(200);
      assertThat(t.get("/app.css").statusCode()).isEqualTo(200);
    }
  }
}

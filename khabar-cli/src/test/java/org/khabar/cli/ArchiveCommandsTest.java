package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.archive.Archive;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;
import org.khabar.model.Origin;
import org.khabar.model.Provenance;
import org.khabar.model.Quote;
import org.khabar.model.SpeakerKind;
import org.khabar.model.TokenRange;
import org.khabar.text.TextStage;
import picocli.CommandLine;

class ArchiveCommandsTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {
    List<JsonNode> jsonLines() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      ObjectMapper m = new ObjectMapper();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(m.readTree(line));
        }
      }
      return nodes;
    }
  }

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    for (Object c :
        List.of(
            new IngestCommand(), new SearchCommand(), new StatsCommand(), new EntityCommand())) {
      String name = c.getClass().getAnnotation(CommandLine.Command.class).name();
      if (!cl.getSubcommands().containsKey(name)) {
        cl.addSubcommand(name, c);
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static final String NEWS =
      """
      {"id":"n1","date":"2024-03-01","headline":"खरगे ने पटना में बैठक बुलाई","text":"कांग्रेस अध्यक्ष मल्लिकार्जुन खरगे ने पटना में महागठबंधन के नेताओं की बैठक बुलाई है। सीटों के बंटवारे पर चर्चा होगी।"}
      {"id":"n2","date":"2024-04-10","headline":"तेजस्वी का सरकार पर हमला","text":"राजद नेता तेजस्वी यादव ने कहा कि जनता इस फैसले का जवाब चुनाव में देगी। बिहार में राजनीति गरमा गई है।"}
      {"id":"n3","date":"2024-06-20","headline":"पटना में बारिश","text":"पटना में सोमवार को भारी बारिश से कई मोहल्लों में पानी भर गया। नगर निगम काम में जुटा है।"}
      """;

  private Path news() throws Exception {
    return Files.writeString(dir.resolve("news.jsonl"), NEWS, StandardCharsets.UTF_8);
  }

  private String store() {
    return dir.resolve("archive").toString();
  }

  @Nested
  class Ingest {
    @Test
    void storesEverythingAndSaysWhat() throws Exception {
      Run r = run("ingest", "--store", store(), "--threads", "2", news().toString());
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("ingested 3 articles").contains("duplicates 0 exact / 0 near");
      Run again = run("ingest", "--store", store(), news().toString());
      assertThat(again.exit()).isZero();
      assertThat(again.out()).contains("ingested 0 articles").contains("unchanged: 3");
    }

    @Test
    void aBrokenLineIsReportedWithItsPlaceAndTheRestIsStored() throws Exception {
      Path f =
          Files.writeString(
              dir.resolve("bad.jsonl"),
              NEWS.lines().findFirst().orElseThrow()
                  + "\n{\"id\":\"n9\",\"text\":\"अधूरा\n"
                  + NEWS.lines().skip(1).findFirst().orElseThrow()
                  + "\n",
              StandardCharsets.UTF_8);
      Run r = run("ingest", "--store", store(), f.toString());
      assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
      assertThat(r.err()).contains("bad.jsonl:2");
      assertThat(r.out()).contains("ingested 2 articles").contains("failed: 1");
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
      Run stats = run("stats", "--store", store(), "--format", "json");
      assertThat(new ObjectMapper().readTree(stats.out()).get("articles").asInt()).isEqualTo(2);
    }
  }

  @Nested
  class Search {
    @Test
    void jsonlCarriesIdDateHeadlineScoreAndSnippet() throws Exception {
      run("ingest", "--store", store(), news().toString());
      Run r = run("search", "--store", store(), "--format", "jsonl", "kharge");
      assertThat(r.exit()).isZero();
      List<JsonNode> hits = r.jsonLines();
      assertThat(hits).hasSize(1);
      JsonNode h = hits.get(0);
      assertThat(h.get("id").asText()).isEqualTo("n1");
      assertThat(h.get("date").asText()).isEqualTo("2024-03-01");
      assertThat(h.get("headline").asText()).startsWith("खरगे");
      assertThat(h.get("score").asDouble()).isPositive();
      String snippet = h.get("snippet").asText();
      JsonNode hl = h.get("highlights").get(0);
      assertThat(snippet.substring(hl.get(0).asInt(), hl.get(1).asInt())).isEqualTo("खरगे");
      assertThat(h.get("marked").asText()).contains("«खरगे»");
    }

    @Test
    void textShowsTheStoriesWithMarkedSnippets() throws Exception {
      run("ingest", "--store", store(), news().toString());
      Run r = run("search", "--store", store(), "पटना");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("2 stories for «पटना»").contains("«पटना»").contains("[n3]");
    }

    @Test
    void dateRangeFilters() throws Exception {
      run("ingest", "--store", store(), news().toString());
      Run r =
          run(
              "search",
              "--store",
              store(),
              "--format",
              "jsonl",
              "--from",
              "2024-04",
              "--to",
              "2024",
              "पटना");
      assertThat(r.jsonLines()).extracting(n -> n.get("id").asText()).containsExactly("n3");
    }

    @Test
    void aBadDateIsAUsageError() throws Exception {
      run("ingest", "--store", store(), news().toString());
      Run r = run("search", "--store", store(), "--from", "kal", "पटना");
      assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("'kal' is not a date");
    }

    @Test
    void aMissingArchiveIsOneClearLine() {
      Run r = run("search", "--store", dir.resolve("none").toString(), "पटना");
      assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
      assertThat(r.err().strip())
          .isEqualTo(
              "khabar search: error: no archive at "
                  + dir.resolve("none")
                  + "; run khabar ingest first");
    }
  }

  @Nested
  class Stats {
    @Test
    void jsonHasTheCounts() throws Exception {
      run("ingest", "--store", store(), news().toString());
      Run r = run("stats", "--store", store(), "--format", "json");
      assertThat(r.exit()).isZero();
      JsonNode s = new ObjectMapper().readTree(r.out());
      assertThat(s.get("articles").asInt()).isEqualTo(3);
      assertThat(s.get("duplicates").get("exact").asInt()).isZero();
      assertThat(s.get("dateRange").get("from").asText()).isEqualTo("2024-03-01");
      assertThat(s.get("index").get("upToDate").asBoolean()).isTrue();
    }

    @Test
    void textToo() throws Exception {
      run("ingest", "--store", store(), news().toString());
      Run r = run("stats", "--store", store());
      assertThat(r.out()).contains("3 stories").contains("2024-03-01 .. 2024-06-20");
    }
  }

  /** An archive whose articles carry entities and a quote, built through the library. */
  private void archiveWithEntities() {
    TextStage text = new TextStage();
    Provenance p = Provenance.of("test", "hand", 1.0);
    Article a =
        new Article(
            "q1",
            LocalDate.parse("2024-04-10"),
            "तेजस्वी का हमला",
            "तेजस्वी यादव ने कहा कि जनता जवाब देगी।",
            new Origin("test", 0));
    Document d = text.apply(Document.of(a));
    String t = d.text();
    int at = t.indexOf("तेजस्वी यादव");
    Mention m =
        new Mention(
            new CharSpan(at, at + "तेजस्वी यादव".length()),
            new TokenRange(0, 0),
            "तेजस्वी यादव",
            EntityType.PERSON,
            p);
    Entity e =
        new Entity(
            "e1",
            EntityType.PERSON,
            "तेजस्वी यादव",
            "Tejashwi Yadav",
            null,
            List.of(m),
            List.of(),
            p);
    int cue = t.indexOf("ने कहा कि");
    int content = cue + "ने कहा कि ".length();
    Quote q =
        new Quote(
            "e1",
            SpeakerKind.PERSON,
            m.span(),
            m.text(),
            new CharSpan(cue, cue + "ने कहा कि".length()),
            new CharSpan(content, t.indexOf("।", content)),
            false,
            p);
    Document full = d.withMentions(List.of(m)).withEntities(List.of(e)).withQuotes(List.of(q));
    try (Archive archive = Archive.open(dir.resolve("archive"))) {
      archive.ingest(List.of(a), art -> full);
    }
  }

  @Nested
  class Entities {
    @Test
    void theViewOfAPersonNamedInLatin() throws Exception {
      archiveWithEntities();
      Run r = run("entity", "--store", store(), "--format", "json", "tejashwi", "yadav");
      assertThat(r.exit()).isZero();
      JsonNode v = new ObjectMapper().readTree(r.out());
      assertThat(v.get("entity").get("name").asText()).isEqualTo("तेजस्वी यादव");
      assertThat(v.get("quotes").get(0).get("content").asText()).isEqualTo("जनता जवाब देगी");
      Run text = run("entity", "--store", store(), "तेजस्वी यादव");
      assertThat(text.out()).contains("तेजस्वी यादव (Tejashwi Yadav)").contains("latest quotes");
    }

    @Test
    void anUnknownNameExitsOne() throws Exception {
      archiveWithEntities();
      Run r = run("entity", "--store", store(), "sonia");
      assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
      assertThat(r.err()).contains("nothing in the archive is named 'sonia'");
    }

    @Test
    void quotesSaidBy() throws Exception {
      archiveWithEntities();
      Run r = run("search", "--store", store(), "--format", "jsonl", "--said-by", "tejashwi");
      List<JsonNode> q = r.jsonLines();
      assertThat(q)
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.get("article").asText()).isEqualTo("q1");
                assertThat(n.get("speaker").get("latin").asText()).isEqualTo("Tejashwi Yadav");
                assertThat(n.get("content").asText()).isEqualTo("जनता जवाब देगी");
              });
    }
  }
}

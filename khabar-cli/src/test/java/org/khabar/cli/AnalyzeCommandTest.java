package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

  @TempDir Path dir;

  /** Output, error text and exit code of one command line. */
  record Run(int exit, String out, String err) {
    List<JsonNode> jsonLines() throws Exception {
      List<JsonNode> out = new ArrayList<>();
      ObjectMapper m = new ObjectMapper();
      for (String line : out().split("\n")) {
        if (!line.isBlank()) {
          out.add(m.readTree(line));
        }
      }
      return out;
    }
  }

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    StringWriter text = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(text, true));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AnalyzeCommand analyze = cl.getSubcommands().get("analyze").getCommand();
    analyze.stdout = bytes;
    int exit = cl.execute(args);
    return new Run(exit, bytes.toString(StandardCharsets.UTF_8) + text, err.toString());
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void jsonlCarriesIdDateAndOffsetsIntoTheText() throws Exception {
    Path f =
        write(
            "a.jsonl",
            "{\"id\":\"x1\",\"date\":\"2026-01-24\",\"headline\":\"सभा\",\"text\":\"मंत्री ने कहा कि सभा कल होगी। लोग आएंगे।\"}\n");
    Run r = run("analyze", "--format", "jsonl", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> docs = r.jsonLines();
    assertThat(docs).hasSize(1);
    JsonNode d = docs.get(0);
    assertThat(d.get("id").asText()).isEqualTo("x1");
    assertThat(d.get("date").asText()).isEqualTo("2026-01-24");
    String text = d.get("text").asText();
    assertThat(text).isEqualTo("सभा\n\nमंत्री ने कहा कि सभा कल होगी। लोग आएंगे।");
    assertThat(d.get("sentences")).hasSize(3);
    for (JsonNode t : d.get("tokens")) {
      assertThat(text.substring(t.get("begin").asInt(), t.get("end").asInt()))
          .isEqualTo(t.get("text").asText());
    }
    assertThat(d.has("entities")).isTrue();
    assertThat(d.has("roles")).isTrue();
    assertThat(d.has("quotes")).isTrue();
  }

  @Test
  void generatedIdsAreStable() throws Exception {
    Path f = write("a.txt", "date 2026-01-24 Headline: पहला वाक्य। दूसरा वाक्य।");
    String first =
        run("analyze", "--format", "jsonl", f.toString()).jsonLines().get(0).get("id").asText();
    String second =
        run("analyze", "--format", "jsonl", f.toString()).jsonLines().get(0).get("id").asText();
    assertThat(first).isNotBlank().isEqualTo(second);
  }

  @Test
  void badInputIsReportedWithFileAndLineAndTheRestIsAnalysed() throws Exception {
    Path f =
        write(
            "mixed.jsonl",
            "{\"id\":\"ok1\",\"text\":\"पहला लेख।\"}\n{\"id\": broken\n{\"id\":\"ok2\",\"text\":\"दूसरा लेख।\"}\n");
    Path binary = dir.resolve("bad.txt");
    Files.write(binary, new byte[] {(byte) 0xE0, (byte) 0xA4, 0x41, 0x0A});
    Run r = run("analyze", "--format", "jsonl", f.toString(), binary.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.jsonLines()).extracting(n -> n.get("id").asText()).containsExactly("ok1", "ok2");
    assertThat(r.err()).contains("mixed.jsonl:2").contains("bad.txt");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void keepsInputOrderOnSeveralThreads() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      sb.append("{\"id\":\"a")
          .append(i)
          .append("\",\"text\":\"यह लेख संख्या ")
          .append(i)
          .append(" है।\"}\n");
    }
    Path f = write("many.jsonl", sb.toString());
    Run r = run("analyze", "--format", "jsonl", "--threads", "4", f.toString());
    assertThat(r.exit()).isZero();
    List<String> ids = r.jsonLines().stream().map(n -> n.get("id").asText()).toList();
    assertThat(ids).hasSize(60);
    for (int i = 0; i < 60; i++) {
      assertThat(ids.get(i)).isEqualTo("a" + i);
    }
  }

  @Test
  void textReportShowsSentencesWithOffsets() throws Exception {
    Path f = write("a.txt", "date 2026-01-24 Headline: पहला वाक्य। दूसरा वाक्य।");
    Run r = run("analyze", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Sentences (3)")
        .contains("पहला वाक्य।")
        .containsPattern("s1 \\[\\d+, \\d+\\)");
  }

  @Test
  void missingFileIsAnErrorNotAStackTrace() {
    Run r = run("analyze", dir.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("nope.txt").doesNotContain("at org.");
  }

  @Test
  void everyVerbHasHelp() {
    CommandLine cl = Main.commandLine();
    for (String verb : cl.getSubcommands().keySet()) {
      if (verb.equals("help")) {
        continue;
      }
      Run r = run(verb, "--help");
      assertThat(r.exit()).as(verb).isZero();
      assertThat(r.out()).as(verb).contains("Usage:");
    }
  }

  @Test
  void analysesTheSeedArticleWhenPresent() throws Exception {
    Path seed =
        Path.of(System.getProperty("khabar.shared", "../shared"), "samples", "seed-article.txt");
    assumeThat(Files.exists(seed)).as("../shared is absent").isTrue();
    Run r = run("analyze", "--format", "jsonl", seed.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode d = r.jsonLines().get(0);
    assertThat(d.get("date").asText()).isEqualTo("2026-01-24");
    assertThat(d.get("headline").asText()).isEqualTo("Will Congress-RJD Alliance Break");
    assertThat(d.get("sentences").size()).isGreaterThan(15);
  }
}

package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The text layer on real newspaper text from ../shared (skipped when it is absent). */
class SharedCorpusTest {

  private static final TextStage STAGE = new TextStage();

  private static Path corpus() {
    String shared = System.getProperty("khabar.shared", "../shared");
    Path dir = Path.of(shared, "data", "news", "covid2020-5papers", "Corpora");
    assumeTrue(Files.isDirectory(dir), "no shared corpus at " + dir);
    return dir;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(40).toList();
    }
  }

  @Test
  void realArticlesKeepEveryInvariant() throws IOException {
    for (Path p : files(corpus())) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      TextLayer layer = STAGE.analyze(text);
      RandomTextInvariantsTest.checkLayer(text, layer, p.toString());
      String canonical = layer.canonical().text();
      assertThat(Canonicalizer.canonicalize(canonical).text())
          .as(p.toString())
          .isEqualTo(canonical);
      assertThat(layer.sentences()).as(p.toString()).isNotEmpty();
    }
  }

  @Test
  void sentencesAreOfNewspaperLength() throws IOException {
    long sentences = 0;
    long tokens = 0;
    for (Path p : files(corpus())) {
      TextLayer layer = STAGE.analyze(Files.readString(p, StandardCharsets.UTF_8));
      sentences += layer.sentences().size();
      tokens += layer.tokens().size();
    }
    double mean = (double) tokens / sentences;
    // Hindi news sentences average 15-30 tokens; far outside means broken splitting
    assertThat(mean).isBetween(8.0, 40.0);
  }
}

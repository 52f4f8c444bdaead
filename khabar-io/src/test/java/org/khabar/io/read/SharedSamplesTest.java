package org.khabar.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.khabar.model.Article;

/** Reads the real samples and news files in ../shared (skipped when absent). */
class SharedSamplesTest {

  private static Path shared() {
    Path p = Path.of(System.getProperty("khabar.shared", "../shared"));
    assumeTrue(Files.isDirectory(p), "no ../shared");
    return p;
  }

  @Test
  void readsTheSeedArticle() {
    Path seed = shared().resolve("samples/seed-article.txt");
    assumeTrue(Files.isRegularFile(seed));
    List<ReadResult> rs = ArticleInputsTest.read(seed);
    assertThat(rs).hasSize(1);
    Article a = ArticleInputsTest.ok(rs.get(0));
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 1, 24));
    assertThat(a.headline()).isEqualTo("Will Congress-RJD Alliance Break");
    assertThat(a.body()).startsWith("बिहार").contains("\n\n");
    assertThat(a.id()).matches("[0-9a-f]{16}");
  }

  @Test
  void readsRealNewspaperFiles() throws IOException {
    Path dir = shared().resolve("data/news/covid2020-5papers/Corpora");
    assumeTrue(Files.isDirectory(dir));
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(25).toList();
    }
    List<ReadResult> rs = ArticleInputsTest.read(files.toArray(Path[]::new));
    assertThat(rs).hasSize(files.size());
    long withHeadline = 0;
    for (ReadResult r : rs) {
      Article a = ArticleInputsTest.ok(r);
      assertThat(a.body()).isNotBlank();
      if (!a.headline().isEmpty()) {
        withHeadline++;
        assertThat(a.headline()).doesNotContain("\n");
      }
    }
    assertThat(withHeadline).isGreaterThan(files.size() / 2);
  }

  @Test
  void readsAWholeCorpusDirectoryLazily() {
    Path dir = shared().resolve("data/news/covid2020-5papers/Corpora/Amar Ujala");
    assumeTrue(Files.isDirectory(dir));
    long ok = 0;
    long failed = 0;
    try (CloseableIterator<ReadResult> it =
        ArticleInputs.open(List.of(dir), ReadOptions.defaults())) {
      while (it.hasNext()) {
        if (it.next() instanceof ReadResult.Ok) {
          ok++;
        } else {
          failed++;
        }
      }
    }
    assertThat(ok).isGreaterThan(50);
    assertThat(failed).isZero();
  }
}

package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.archive.dedup.Canonical;
import org.khabar.archive.dedup.MinHash;
import org.khabar.archive.names.CrossScript;
import org.khabar.archive.names.EntityKeys;
import org.khabar.archive.names.NameForms;
import org.khabar.archive.search.Query;
import org.khabar.archive.store.ArticleRecord;
import org.khabar.archive.store.ArticleWriter;
import org.khabar.archive.store.Store;
import org.khabar.io.json.DocumentJson;
import org.khabar.model.Article;
import org.khabar.model.Document;

/** The store is the truth: an index that lags it, is missing or is broken is rebuilt from it. */
class IndexRecoveryTest {

  @TempDir Path dir;

  private void ingest(Article... articles) {
    try (Archive a = Archive.open(dir)) {
      IngestTest.ingest(a, IngestTest.items(articles));
    }
  }

  /** Stores an article the way an ingest killed before its index update would have left it. */
  private void storeOnly(Article article) {
    Document d = IngestTest.ANALYZER.apply(article);
    CrossScript cs = CrossScript.icu();
    ArticleWriter w =
        new ArticleWriter(
            new EntityKeys(cs)::key,
            new NameForms(cs),
            new ArticleWriter.DedupPolicy(ArchiveOptions.DEFAULT_NEAR_THRESHOLD, 3));
    ArticleRecord r =
        new ArticleRecord(
            d,
            Canonical.hash(article),
            new MinHash(3, 8).signature(Canonical.words(article.body())),
            DocumentJson.toJson(d, DocumentJson.Options.COMPACT));
    try (Store s = Store.open(dir.resolve(Store.FILE), true)) {
      s.write(c -> w.insert(c, r));
    }
  }

  @Test
  void articlesStoredButNotIndexedAreIndexedOnTheNextOpen() {
    ingest(Stories.KHARGE_MEETING);
    storeOnly(Stories.RAIN);
    try (Archive a = Archive.open(dir)) {
      assertThat(a.search(Query.of("बारिश")).hits())
          .extracting(h -> h.id())
          .containsExactly("patna-rain");
      assertThat(a.stats().indexed()).isEqualTo(a.stats().lastSeq());
    }
  }

  @Test
  void openingForReadingCatchesUpWhenNoOneIsWriting() {
    ingest(Stories.KHARGE_MEETING);
    storeOnly(Stories.RAIN);
    try (Archive a = Archive.openForReading(dir)) {
      assertThat(a.search(Query.of("बारिश")).hits()).hasSize(1);
      assertThat(a.search(Query.of("बारिश")).notes()).isEmpty();
    }
  }

  @Test
  void aMissingIndexIsRebuilt() throws IOException {
    ingest(Stories.KHARGE_MEETING, Stories.RAIN);
    deleteTree(dir.resolve(Archive.INDEX_DIR));
    try (Archive a = Archive.open(dir)) {
      assertThat(a.search(Query.of("kharge")).hits())
          .extracting(h -> h.id())
          .containsExactly("kharge-meeting");
      assertThat(a.search(Query.of("")).total()).isEqualTo(2);
    }
  }

  @Test
  void aBrokenIndexIsMovedAsideAndRebuilt() throws IOException {
    ingest(Stories.KHARGE_MEETING, Stories.RAIN);
    try (Stream<Path> files = Files.list(dir.resolve(Archive.INDEX_DIR))) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().startsWith("segments")) {
          Files.write(f, new byte[] {1, 2, 3, 4});
        }
      }
    }
    try (Archive a = Archive.open(dir)) {
      assertThat(a.search(Query.of("")).total()).isEqualTo(2);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith(Archive.INDEX_DIR + ".corrupt-"));
    }
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> all = Files.walk(p)) {
      for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}

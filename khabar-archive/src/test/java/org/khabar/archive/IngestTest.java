package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.archive.ingest.IngestItem;
import org.khabar.archive.ingest.IngestListener;
import org.khabar.archive.ingest.IngestOptions;
import org.khabar.archive.ingest.IngestReport;
import org.khabar.archive.ingest.Outcome;
import org.khabar.archive.store.Store;
import org.khabar.archive.store.Stored;
import org.khabar.model.Article;
import org.khabar.model.Document;
import org.khabar.model.Origin;

class IngestTest {

  @TempDir Path dir;

  static final Function<Article, Document> ANALYZER = new GazetteerAnalyzer();

  static IngestReport ingest(Archive a, List<IngestItem> items) {
    return a.ingest(
        items.iterator(), ANALYZER, IngestOptions.defaults().withThreads(2), IngestListener.none());
  }

  static List<IngestItem> items(Article... articles) {
    List<IngestItem> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(IngestItem.of(a));
    }
    return out;
  }

  static long count(Path dir, String sql) {
    try (Store s = Store.openReadOnly(dir.resolve(Store.FILE))) {
      return s.read(
          c -> {
            try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
              rs.next();
              return rs.getLong(1);
            }
          });
    }
  }

  @Nested
  class Storing {
    @Test
    void everyArticleIsStoredWithItsWholeAnalysis() {
      try (Archive a = Archive.open(dir)) {
        IngestReport r = ingest(a, items(Stories.KHARGE_MEETING, Stories.TEJASHWI_MEETS_RAHUL));
        assertThat(r.stored()).isEqualTo(2);
        assertThat(r.failed()).isZero();
      }
      assertThat(count(dir, "SELECT count(*) FROM articles")).isEqualTo(2);
      assertThat(count(dir, "SELECT count(*) FROM articles WHERE json_valid(analysis)"))
          .isEqualTo(2);
      assertThat(count(dir, "SELECT count(*) FROM quotes")).isEqualTo(3);
      assertThat(count(dir, "SELECT count(*) FROM roles")).isGreaterThanOrEqualTo(2);
      // the headline and the first sentence both say मुलाकात, each with two participants
      assertThat(count(dir, "SELECT count(*) FROM events WHERE type = 'MEETING'")).isEqualTo(2);
      assertThat(count(dir, "SELECT count(*) FROM event_arguments WHERE entity_key IS NOT NULL"))
          .isEqualTo(4);
    }

    @Test
    void theSameUnknownPersonInTwoArticlesIsOneArchiveEntity() {
      try (Archive a = Archive.open(dir)) {
        ingest(a, items(Stories.KHARGE_MEETING, Stories.NITISH_GOVERNMENT));
      }
      assertThat(count(dir, "SELECT count(*) FROM entities WHERE key = 'new:person:tejasvi-yadav'"))
          .isEqualTo(1);
      assertThat(
              count(
                  dir,
                  "SELECT count(DISTINCT article_seq) FROM article_entities"
                      + " WHERE entity_key = 'new:person:tejasvi-yadav'"))
          .isEqualTo(2);
    }

    @Test
    void linkedEntitiesAreKeyedByTheirKnowledgeBaseId() {
      try (Archive a = Archive.open(dir)) {
        ingest(a, items(Stories.KHARGE_MEETING));
      }
      assertThat(
              count(dir, "SELECT count(*) FROM entities WHERE key = 'person:mallikarjun-kharge'"))
          .isEqualTo(1);
    }

    @Test
    void aQuoteKnowsWhoSaidItAndWhomItMentions() {
      try (Archive a = Archive.open(dir)) {
        ingest(a, items(Stories.TEJASHWI_MEETS_RAHUL));
      }
      assertThat(
              count(
                  dir,
                  "SELECT count(*) FROM quotes q JOIN quote_entities qe ON qe.quote_id = q.id"
                      + " WHERE q.speaker_key = 'person:rahul-gandhi'"
                      + " AND qe.entity_key IN ('party:bjp', 'place:bihar')"))
          .isEqualTo(2);
    }
  }

  @Nested
  class Idempotence {
    @Test
    void reIngestingTheSameInputAddsNothing() {
      try (Archive a = Archive.open(dir)) {
        ingest(a, items(Stories.KHARGE_MEETING, Stories.RAIN));
        IngestReport again = ingest(a, items(Stories.KHARGE_MEETING, Stories.RAIN));
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.stored()).isZero();
      }
      try (Archive a = Archive.open(dir)) {
        IngestReport third = ingest(a, items(Stories.RAIN));
        assertThat(third.unchanged()).isEqualTo(1);
      }
      assertThat(count(dir, "SELECT count(*) FROM articles")).isEqualTo(2);
      assertThat(count(dir, "SELECT count(*) FROM quotes")).isEqualTo(1);
    }

    @Test
    void theSameIdTwiceInOneInputIsStoredOnce() {
      try (Archive a = Archive.open(dir)) {
        IngestReport r = ingest(a, items(Stories.RAIN, Stories.RAIN, Stories.RAIN));
        assertThat(r.stored()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(2);
      }
      assertThat(count(dir, "SELECT count(*) FROM articles")).isEqualTo(1);
    }

    @Test
    void aNewVersionOfAnIdReplacesTheOldOneAndItsFacts() {
      Article corrected =
          Stories.article(
              Stories.RAIN.id(),
              "2024-06-20",
              Stories.RAIN.headline(),
              Stories.RAIN.body() + " राहत शिविर भी खोले गए हैं।");
      List<Outcome> seen = new ArrayList<>();
      try (Archive a = Archive.open(dir)) {
        ingest(a, items(Stories.RAIN));
        a.ingest(
            items(corrected).iterator(),
            ANALYZER,
            IngestOptions.defaults(),
            (outcomes, soFar) -> seen.addAll(outcomes));
        assertThat(a.search(org.khabar.archive.search.Query.of("शिविर")).total()).isEqualTo(1);
      }
      assertThat(seen).extracting(Outcome::status).containsExactly(Outcome.Status.REPLACED);
      assertThat(count(dir, "SELECT count(*) FROM articles")).isEqualTo(1);
      assertThat(count(dir, "SELECT count(*) FROM articles WHERE analysis LIKE '%शिविर%'"))
          .isEqualTo(1);
    }
  }

  @Nested
  class Duplicates {
    @Test
    void anExactCopyUnderAnotherIdJoinsTheOriginalsGroup() {
      List<Outcome> seen = new ArrayList<>();
      try (Archive a = Archive.open(dir)) {
        a.ingest(
            items(Stories.TEJASHWI_MEETS_RAHUL, Stories.TEJASHWI_MEETS_RAHUL_COPY).iterator(),
            ANALYZER,
            IngestOptions.defaults(),
            (outcomes, soFar) -> seen.addAll(outcomes));
        ArchiveStats s = a.stats();
        assertThat(s.stored()).isEqualTo(2);
        assertThat(s.stories()).isEqualTo(1);
        assertThat(s.exactDuplicates()).isEqualTo(1);
        assertThat(s.quotes()).isEqualTo(2); // the copy's quotes are not counted again
      }
      assertThat(seen.get(1).duplicate()).isEqualTo(Stored.DupKind.EXACT);
      assertThat(seen.get(1).duplicateOf()).isEqualTo(Stories.TEJASHWI_MEETS_RAHUL.id());
    }

    @Test
    void aSyndicatedCopyWithSmallEditsIsANearDuplicate() {
      List<Outcome> seen = new ArrayList<>();
      try (Archive a = Archive.open(dir)) {
        a.ingest(
            items(Stories.KHARGE_MEETING, Stories.RAIN, Stories.KHARGE_MEETING_SYNDICATED)
                .iterator(),
            ANALYZER,
            IngestOptions.defaults(),
            (outcomes, soFar) -> seen.addAll(outcomes));
        ArchiveStats s = a.stats();
        assertThat(s.stories()).isEqualTo(2);
        assertThat(s.nearDuplicates()).isEqualTo(1);
      }
      Outcome near = seen.get(2);
      assertThat(near.duplicate()).isEqualTo(Stored.DupKind.NEAR);
      assertThat(near.duplicateOf()).isEqualTo(Stories.KHARGE_MEETING.id());
      assertThat(near.similarity()).isGreaterThanOrEqualTo(ArchiveOptions.DEFAULT_NEAR_THRESHOLD);
      assertThat(
              count(
                  dir,
                  "SELECT count(*) FROM articles WHERE dup_rule LIKE 'minhash%' AND dup_of = '"
                      + Stories.KHARGE_MEETING.id()
                      + "'"))
          .isEqualTo(1);
    }

    @Test
    void differentStoriesAreNotGrouped() {
      try (Archive a = Archive.open(dir)) {
        ingest(
            a,
            items(
                Stories.KHARGE_MEETING,
                Stories.TEJASHWI_MEETS_RAHUL,
                Stories.NITISH_GOVERNMENT,
                Stories.RAIN,
                Stories.KHARGE_VARIANT_SPELLING));
        assertThat(a.stats().stories()).isEqualTo(5);
      }
    }
  }

  @Nested
  class Failures {
    @Test
    void unreadableInputIsReportedAndTheRestIsStored() {
      try (Archive a = Archive.open(dir)) {
        List<IngestItem> in = new ArrayList<>(items(Stories.RAIN));
        in.add(IngestItem.failed(new Origin("news.jsonl", 2), "invalid JSON: unexpected end"));
        in.addAll(items(Stories.KHARGE_MEETING));
        IngestReport r = ingest(a, in);
        assertThat(r.stored()).isEqualTo(2);
        assertThat(r.failures())
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.origin()).isEqualTo(new Origin("news.jsonl", 2));
                  assertThat(f.message()).contains("invalid JSON");
                });
      }
      assertThat(count(dir, "SELECT count(*) FROM articles")).isEqualTo(2);
    }

    @Test
    void aBrokenJsonLineIsReportedWithItsLineAndNeverReachesTheStore() throws Exception {
      Path file = dir.resolve("news.jsonl");
      java.nio.file.Files.writeString(
          file,
          String.join(
              "\n",
              "{\"id\":\"ok-1\",\"date\":\"2024-03-01\",\"text\":\"पटना में आज बारिश हुई।\"}",
              "{\"id\":\"broken\",\"text\":\"अधूरी पंक्ति",
              "{\"id\":\"ok-2\",\"date\":\"2024-03-02\",\"text\":\"दिल्ली में धूप निकली।\"}",
              ""),
          java.nio.charset.StandardCharsets.UTF_8);
      try (Archive a = Archive.open(dir.resolve("archive"));
          var in =
              org.khabar.io.read.ArticleInputs.open(
                  List.of(file), org.khabar.io.read.ReadOptions.defaults())) {
        IngestReport r =
            a.ingest(
                IngestItem.from(in), ANALYZER, IngestOptions.defaults(), IngestListener.none());
        assertThat(r.stored()).isEqualTo(2);
        assertThat(r.failures())
            .singleElement()
            .satisfies(f -> assertThat(f.origin().line()).isEqualTo(2));
        assertThat(a.checkStore()).isEqualTo("ok");
        assertThat(a.stats().stored()).isEqualTo(2);
      }
    }

    @Test
    void anAnalysisThatThrowsFailsOnlyItsArticle() {
      Function<Article, Document> flaky =
          art -> {
            if (art.id().equals(Stories.RAIN.id())) {
              throw new IllegalStateException("tagger exploded");
            }
            return ANALYZER.apply(art);
          };
      try (Archive a = Archive.open(dir)) {
        IngestReport r =
            a.ingest(
                items(Stories.KHARGE_MEETING, Stories.RAIN, Stories.NITISH_GOVERNMENT).iterator(),
                flaky,
                IngestOptions.defaults().withThreads(2),
                IngestListener.none());
        assertThat(r.stored()).isEqualTo(2);
        assertThat(r.failures())
            .singleElement()
            .extracting(IngestReport.Failure::message)
            .asString()
            .contains("tagger exploded");
        assertThat(a.checkStore()).isEqualTo("ok");
      }
    }

    @Test
    void aReadOnlyArchiveRefusesToIngest() {
      try (Archive a = Archive.open(dir)) {
        ingest(a, items(Stories.RAIN));
      }
      try (Archive a = Archive.openForReading(dir)) {
        assertThatThrownBy(() -> ingest(a, items(Stories.KHARGE_MEETING)))
            .isInstanceOf(ArchiveException.class)
            .hasMessageContaining("reading only");
      }
    }

    @Test
    void readingAMissingArchiveSaysSo() {
      assertThatThrownBy(() -> Archive.openForReading(dir.resolve("nothing")))
          .isInstanceOf(ArchiveException.class)
          .hasMessageContaining("no archive at")
          .hasMessageContaining("khabar ingest");
    }

    @Test
    void aSecondWriterIsToldTheArchiveIsBusy() {
      try (Archive a = Archive.open(dir)) {
        assertThatThrownBy(() -> Archive.open(dir))
            .isInstanceOf(ArchiveException.class)
            .hasMessageContaining("another process");
        try (Archive reader = Archive.openForReading(dir)) {
          assertThat(reader.readOnly()).isTrue();
        }
      }
    }
  }

  @Nested
  class Reporting {
    @Test
    void outcomesAreReportedAfterTheirCommitInInputOrder() {
      List<String> ids = new ArrayList<>();
      List<Long> storedAtReport = new ArrayList<>();
      try (Archive a = Archive.open(dir)) {
        a.ingest(
            items(
                    Stories.KHARGE_MEETING,
                    Stories.TEJASHWI_MEETS_RAHUL,
                    Stories.NITISH_GOVERNMENT,
                    Stories.RAIN)
                .iterator(),
            ANALYZER,
            IngestOptions.defaults().withThreads(2).withBatch(2, java.time.Duration.ofSeconds(5)),
            (outcomes, soFar) -> {
              outcomes.forEach(o -> ids.add(o.id()));
              storedAtReport.add(count(dir, "SELECT count(*) FROM articles"));
            });
      }
      assertThat(ids)
          .containsExactly(
              Stories.KHARGE_MEETING.id(),
              Stories.TEJASHWI_MEETS_RAHUL.id(),
              Stories.NITISH_GOVERNMENT.id(),
              Stories.RAIN.id());
      assertThat(storedAtReport).containsExactly(2L, 4L);
    }
  }
}

package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.archive.ingest.IngestListener;
import org.khabar.archive.ingest.IngestOptions;
import org.khabar.archive.view.EntityView;

class EntityViewTest {

  @TempDir static Path dir;
  static Archive archive;

  @BeforeAll
  static void ingest() {
    archive = Archive.open(dir);
    archive.ingest(
        IngestTest.items(
                Stories.KHARGE_MEETING,
                Stories.TEJASHWI_MEETS_RAHUL,
                Stories.TEJASHWI_MEETS_RAHUL_COPY,
                Stories.NITISH_GOVERNMENT,
                Stories.KHARGE_VARIANT_SPELLING)
            .iterator(),
        IngestTest.ANALYZER,
        IngestOptions.defaults(),
        IngestListener.none());
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  @Test
  void anUnknownPersonByTheirLatinName() {
    EntityView v = archive.view("Tejashwi Yadav").orElseThrow();
    assertThat(v.entity().key()).isEqualTo("new:person:tejasvi-yadav");
    assertThat(v.entity().name()).isEqualTo("तेजस्वी यादव");
    assertThat(v.articles()).isEqualTo(3); // the exact copy is not counted
    assertThat(v.names()).extracting(EntityView.Name::text).contains("तेजस्वी यादव", "तेजस्वी");
    assertThat(v.firstSeen()).isEqualTo(LocalDate.parse("2024-03-01"));
    assertThat(v.lastSeen()).isEqualTo(LocalDate.parse("2024-04-10"));
  }

  @Test
  void postsOverTimeWithWhatTheyArePostsOf() {
    EntityView v = archive.view("तेजस्वी").orElseThrow();
    assertThat(v.posts())
        .anySatisfy(
            p -> {
              assertThat(p.post()).isEqualTo("उपमुख्यमंत्री");
              assertThat(p.former()).isTrue();
              assertThat(p.place().key()).isEqualTo("place:bihar");
              assertThat(p.evidence())
                  .singleElement()
                  .satisfies(
                      c -> {
                        assertThat(c.articleId()).isEqualTo("tejashwi-rahul");
                        assertThat(c.text()).contains("पूर्व उपमुख्यमंत्री तेजस्वी यादव");
                      });
            });
    EntityView kharge = archive.view("kharge").orElseThrow();
    assertThat(kharge.posts())
        .anySatisfy(
            p -> {
              assertThat(p.post()).isEqualTo("अध्यक्ष");
              assertThat(p.org().key()).isEqualTo("party:inc");
              assertThat(p.stories()).isEqualTo(2);
              assertThat(p.first()).isEqualTo(LocalDate.parse("2024-03-01"));
              assertThat(p.last()).isEqualTo(LocalDate.parse("2024-05-02"));
            });
  }

  @Test
  void thePeopleAndPartiesItAppearsWithMost() {
    EntityView v = archive.view("tejashwi").orElseThrow();
    assertThat(v.companions())
        .extracting(c -> c.entity().key())
        .contains("party:rjd", "person:rahul-gandhi", "person:mallikarjun-kharge");
    // BJP, the alliance and RJD each share two stories with him; ties are ordered by key
    assertThat(v.companions().subList(0, 3))
        .extracting(c -> c.entity().key(), c -> c.stories())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("alliance:mahagathbandhan-bihar", 2),
            org.assertj.core.groups.Tuple.tuple("party:bjp", 2),
            org.assertj.core.groups.Tuple.tuple("party:rjd", 2));
    assertThat(v.companions().get(3).stories()).isEqualTo(1);
  }

  @Test
  void latestQuotesFirstWithArticleAndDate() {
    EntityView v = archive.view("tejashwi").orElseThrow();
    assertThat(v.quotes()).hasSize(2);
    assertThat(v.quotes().get(0).articleId()).isEqualTo("nitish-government");
    assertThat(v.quotes().get(0).date()).isEqualTo(LocalDate.parse("2024-04-10"));
    assertThat(v.quotes().get(1).content()).contains("महागठबंधन पूरी तरह एकजुट");
  }

  @Test
  void mentionsPerMonth() {
    EntityView v = archive.view("tejashwi").orElseThrow();
    assertThat(v.timeline())
        .extracting(EntityView.Month::month, EntityView.Month::stories)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024-03", 2),
            org.assertj.core.groups.Tuple.tuple("2024-04", 1));
  }

  @Test
  void aSurnameAloneFindsThePersonItBelongsTo() {
    assertThat(archive.view("yadav").orElseThrow().entity().key())
        .isEqualTo("new:person:tejasvi-yadav");
    assertThat(archive.view("गांधी").orElseThrow().entity().key()).isEqualTo("person:rahul-gandhi");
  }

  @Test
  void aNameOnlyTheKnowledgeBaseKnowsHasAnEmptyView() {
    EntityView v = archive.view("sonia gandhi").orElseThrow();
    assertThat(v.entity().key()).isEqualTo("person:sonia-gandhi");
    assertThat(v.entity().name()).isEqualTo("सोनिया गांधी");
    assertThat(v.articles()).isZero();
  }

  @Test
  void aNameNoOneKnowsHasNoView() {
    assertThat(archive.view("झुमरीतलैया")).isEmpty();
  }

  @Test
  void anArchiveKeyWorksAsWell() {
    assertThat(archive.view("party:rjd").orElseThrow().entity().name()).isEqualTo("राजद");
  }
}

package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.archive.ingest.IngestItem;
import org.khabar.archive.ingest.IngestListener;
import org.khabar.archive.ingest.IngestOptions;
import org.khabar.archive.search.FacetCount;
import org.khabar.archive.search.Query;
import org.khabar.archive.search.QuoteHit;
import org.khabar.archive.search.QuoteQuery;
import org.khabar.archive.search.QuoteResults;
import org.khabar.archive.search.SearchHit;
import org.khabar.archive.search.SearchResults;
import org.khabar.archive.search.Snippet;
import org.khabar.model.CharSpan;

class SearchTest {

  @TempDir static Path dir;
  static Archive archive;

  @BeforeAll
  static void ingestTheStories() {
    archive = Archive.open(dir);
    List<IngestItem> items =
        IngestTest.items(
            Stories.KHARGE_MEETING,
            Stories.KHARGE_MEETING_SYNDICATED,
            Stories.TEJASHWI_MEETS_RAHUL,
            Stories.TEJASHWI_MEETS_RAHUL_COPY,
            Stories.NITISH_GOVERNMENT,
            Stories.KHARGE_VARIANT_SPELLING,
            Stories.RAIN,
            Stories.MEETINGS_PLURAL);
    archive.ingest(
        items.iterator(),
        IngestTest.ANALYZER,
        IngestOptions.defaults().withThreads(2),
        IngestListener.none());
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  static SearchResults search(String words) {
    return archive.search(Query.of(words));
  }

  /** The story of an id, whichever copy of it is shown. */
  static String story(String id) {
    return id.replace("-syndicated", "").replace("-copy", "");
  }

  static List<String> stories(SearchResults r) {
    return ids(r).stream().map(SearchTest::story).toList();
  }

  @Nested
  class Devanagari {
    @Test
    void aNameFindsEveryStoryNamingThatPerson() {
      assertThat(stories(search("खरगे")))
          .containsExactlyInAnyOrder("kharge-meeting", "kharge-variant");
    }

    @Test
    void aWordAsWrittenRanksAboveItsInflectedForm() {
      SearchResults r = search("बैठक");
      assertThat(stories(r)).contains("kharge-meeting", "meetings-plural");
      assertThat(stories(r).indexOf("kharge-meeting"))
          .isLessThan(stories(r).indexOf("meetings-plural"));
    }

    @Test
    void everyWordIsRequiredButFunctionWordsAreNot() {
      assertThat(stories(search("तेजस्वी विश्वासघात"))).containsExactly("nitish-government");
      assertThat(stories(search("विश्वासघात का"))).containsExactly("nitish-government");
    }
  }

  @Nested
  class CrossScript {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "kharge | kharge-meeting kharge-variant",
          "rahul gandhi | tejashwi-rahul",
          "tejashwi | kharge-meeting tejashwi-rahul nitish-government",
          "RJD | kharge-meeting nitish-government",
          "mahagathbandhan | kharge-meeting tejashwi-rahul",
          "congress | kharge-meeting kharge-variant",
          "bihar | tejashwi-rahul nitish-government",
          "patna | kharge-meeting patna-rain",
        })
    void aLatinQueryFindsTheDevanagariStories(String query, String expected) {
      assertThat(stories(search(query)))
          .containsExactlyInAnyOrderElementsOf(List.of(expected.split(" ")));
    }

    @Test
    void aVariantSpellingFindsTheUsualOne() {
      assertThat(stories(search("खड़गे"))).contains("kharge-meeting", "kharge-variant");
    }

    @Test
    void khargeIsNotKarega() {
      assertThat(stories(search("kharge"))).doesNotContain("patna-rain");
    }

    @Test
    void aNameIsReadAsTheEntityItNames() {
      SearchResults r = search("rahul gandhi");
      assertThat(r.interpretation())
          .singleElement()
          .satisfies(
              i ->
                  assertThat(i.entities())
                      .extracting(e -> e.key())
                      .containsExactly("person:rahul-gandhi"));
      assertThat(r.hits().get(0).entities())
          .extracting(e -> e.key())
          .contains("person:rahul-gandhi");
    }
  }

  @Nested
  class Duplicates {
    @Test
    void aStoryIsShownOnceWithHowManyCopiesItHas() {
      SearchResults r = search("महागठबंधन");
      assertThat(stories(r)).doesNotHaveDuplicates();
      assertThat(r.total()).isEqualTo(r.hits().size());
      SearchHit meeting =
          r.hits().stream().filter(h -> story(h.id()).equals("kharge-meeting")).findFirst().get();
      assertThat(meeting.duplicates()).isEqualTo(1);
      SearchHit visit =
          r.hits().stream().filter(h -> story(h.id()).equals("tejashwi-rahul")).findFirst().get();
      assertThat(visit.duplicates()).isEqualTo(1);
    }
  }

  @Nested
  class Filters {
    @Test
    void byDateRange() {
      Query q =
          Query.of("तेजस्वी").from(LocalDate.parse("2024-03-02")).to(LocalDate.parse("2024-04-30"));
      assertThat(stories(archive.search(q)))
          .containsExactlyInAnyOrder("tejashwi-rahul", "nitish-government");
    }

    @Test
    void byEntityNamedInLatinWithNoWordsListsLatestFirst() {
      SearchResults r = archive.search(Query.of("").withEntity("kharge"));
      assertThat(stories(r)).containsExactly("kharge-variant", "kharge-meeting");
    }

    @Test
    void byEntityAndWords() {
      SearchResults r = archive.search(Query.of("बैठक").withEntity("तेजस्वी यादव"));
      assertThat(stories(r)).containsExactly("kharge-meeting");
    }

    @Test
    void bySpeaker() {
      SearchResults r = archive.search(Query.of("").withSpeaker("rahul gandhi"));
      assertThat(stories(r)).containsExactly("tejashwi-rahul");
    }

    @Test
    void anEntityFilterThatNamesNothingFallsBackToTheWordsAndSaysSo() {
      SearchResults r = archive.search(Query.of("").withEntity("बारिश"));
      assertThat(stories(r)).containsExactly("patna-rain");
      assertThat(r.notes()).anyMatch(n -> n.contains("no entity named"));
    }
  }

  @Nested
  class Snippets {
    @Test
    void theSnippetIsTheSentenceWithTheHitMarked() {
      SearchHit hit =
          search("भाजपा").hits().stream()
              .filter(h -> story(h.id()).equals("tejashwi-rahul"))
              .findFirst()
              .orElseThrow();
      Snippet s = hit.snippet();
      assertThat(s.text()).contains("भाजपा को हराना");
      assertThat(s.marked()).contains("«भाजपा»");
      String text = Stories.TEJASHWI_MEETS_RAHUL.text();
      assertThat(s.span().in(text)).isEqualTo(s.text());
      for (CharSpan h : s.highlights()) {
        assertThat(h.in(text)).isEqualTo("भाजपा");
      }
      assertThat(s.relativeHighlights().get(0).in(s.text())).isEqualTo("भाजपा");
    }

    @Test
    void aLatinQueryMarksTheDevanagariWord() {
      SearchHit hit =
          search("kharge").hits().stream()
              .filter(h -> h.id().equals("kharge-variant"))
              .findFirst()
              .orElseThrow();
      assertThat(hit.snippet().marked()).contains("«खड़गे»");
    }
  }

  @Nested
  class Facets {
    @Test
    void entitiesAreCountedOncePerStory() {
      SearchResults r = search("बिहार");
      List<FacetCount> people = r.facets().get("person");
      assertThat(people)
          .filteredOn(f -> f.entity().key().equals("new:person:tejasvi-yadav"))
          .singleElement()
          .extracting(FacetCount::stories)
          .isEqualTo(2);
    }
  }

  @Nested
  class Quotes {
    @Test
    void saidByAPersonLatestFirstEachQuoteOnce() {
      QuoteResults r = archive.quotes(QuoteQuery.saidBy("tejashwi"));
      assertThat(r.hits())
          .extracting(QuoteHit::articleId)
          .extracting(SearchTest::story)
          .containsExactly("nitish-government", "tejashwi-rahul");
      QuoteHit latest = r.hits().get(0);
      assertThat(latest.content()).startsWith("जनता इस विश्वासघात");
      assertThat(latest.date()).isEqualTo(LocalDate.parse("2024-04-10"));
      assertThat(latest.speaker().key()).isEqualTo("new:person:tejasvi-yadav");
      assertThat(r.hits().get(1).copies()).isEqualTo(1);
      assertThat(latest.contentSpan().in(Stories.NITISH_GOVERNMENT.text()))
          .isEqualTo(latest.content());
    }

    @Test
    void aboutAnEntityTheContentMentions() {
      QuoteResults r = archive.quotes(QuoteQuery.about("BJP"));
      assertThat(r.hits())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.speaker().key()).isEqualTo("person:rahul-gandhi");
                assertThat(q.snippet().marked()).contains("«भाजपा»");
              });
    }

    @Test
    void saidByAndWords() {
      QuoteResults r = archive.quotes(QuoteQuery.saidBy("kharge").withText("रोजगार"));
      assertThat(r.hits())
          .singleElement()
          .extracting(QuoteHit::articleId)
          .isEqualTo("kharge-variant");
    }

    @Test
    void anUnknownSpeakerFindsNothingAndSaysSo() {
      QuoteResults r = archive.quotes(QuoteQuery.saidBy("झुमरीतलैया"));
      assertThat(r.hits()).isEmpty();
      assertThat(r.notes()).anyMatch(n -> n.contains("no entity named"));
    }
  }
}

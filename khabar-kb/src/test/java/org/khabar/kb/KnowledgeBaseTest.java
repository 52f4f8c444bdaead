package org.khabar.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

  private static final KnowledgeBase KB = KnowledgeBase.shipped();

  private static List<String> ids(String name) {
    return KB.byName(name).stream().map(r -> r.entry().id()).distinct().toList();
  }

  @Nested
  class AbbreviationsAndFullForms {
    @Test
    void rjdInBothScriptsAndInFullIsOneParty() {
      assertThat(ids("RJD")).containsExactly("party:rjd");
      assertThat(ids("राजद")).containsExactly("party:rjd");
      assertThat(ids("राष्ट्रीय जनता दल")).containsExactly("party:rjd");
      assertThat(ids("आरजेडी")).containsExactly("party:rjd");
    }

    @Test
    void bjpAndCongressHaveTheirHindiAndEnglishNames() {
      for (String n : List.of("भाजपा", "बीजेपी", "BJP", "भारतीय जनता पार्टी")) {
        assertThat(ids(n)).as(n).containsExactly("party:bjp");
      }
      for (String n : List.of("कांग्रेस", "INC", "Congress", "भारतीय राष्ट्रीय कांग्रेस")) {
        assertThat(ids(n)).as(n).containsExactly("party:inc");
      }
    }

    @Test
    void statesHaveTheirShortNames() {
      assertThat(ids("यूपी")).containsExactly("place:uttar-pradesh");
      assertThat(ids("उत्तर प्रदेश")).containsExactly("place:uttar-pradesh");
    }
  }

  @Nested
  class ScriptsAndSpellings {
    @Test
    void khargeIsFoundUnderEverySpelling() {
      for (String n : List.of("Kharge", "Khadge", "खड़गे", "खरगे", "मल्लिकार्जुन खरगे")) {
        assertThat(ids(n)).as(n).containsExactly("person:mallikarjun-kharge");
      }
    }

    @Test
    void namesMatchWithoutCaseNuktaOrChandrabindu() {
      assertThat(ids("rjd")).containsExactly("party:rjd");
      assertThat(ids("खडगे")).containsExactly("person:mallikarjun-kharge");
      assertThat(ids("गाँधीजी")).containsExactly("person:mahatma-gandhi");
    }

    @Test
    void lookupReachesLatinSpellingsThroughTransliteration() {
      assertThat(KB.lookup("Khadge", 5).get(0).entry().id()).isEqualTo("person:mallikarjun-kharge");
      assertThat(KB.lookup("तेजस्वी यादव", 5).get(0).entry().id())
          .isEqualTo("person:tejashwi-yadav");
    }
  }

  @Nested
  class AmbiguousNames {
    @Test
    void aapIsThePartyOnlyWithContext() {
      List<KnowledgeBase.AliasRef> refs = KB.byName("आप");
      assertThat(refs).extracting(r -> r.entry().id()).contains("party:aap");
      assertThat(refs).allMatch(KnowledgeBase.AliasRef::ambiguous);
      assertThat(KB.byName("आम आदमी पार्टी")).noneMatch(KnowledgeBase.AliasRef::ambiguous);
    }

    @Test
    void commonWordsAreFlagged() {
      assertThat(KB.isCommonWord("गया")).isTrue();
      assertThat(KB.byName("गया")).allMatch(KnowledgeBase.AliasRef::ambiguous);
    }
  }

  @Nested
  class Alliances {
    @Test
    void mahagathbandhanIsBiharsAllianceWithMembersOverTime() {
      Alliance mgb = (Alliance) KB.get("alliance:mahagathbandhan-bihar").orElseThrow();
      assertThat(mgb.state()).isEqualTo("place:bihar");
      assertThat(mgb.membersOn("2023-01")).contains("party:rjd", "party:inc", "party:jdu");
      assertThat(mgb.membersOn("2025-01")).contains("party:rjd").doesNotContain("party:jdu");
    }

    @Test
    void ndaMembershipFollowsTheJduAcrossItsSwitches() {
      Alliance nda = (Alliance) KB.get("alliance:nda").orElseThrow();
      assertThat(nda.membersOn("2016")).doesNotContain("party:jdu");
      assertThat(nda.membersOn("2019")).contains("party:jdu");
      assertThat(nda.membersOn(null)).contains("party:bjp", "party:jdu");
    }
  }

  @Nested
  class People {
    @Test
    void carryPartyStateAndPostsWithDates() {
      Person p = (Person) KB.get("person:mallikarjun-kharge").orElseThrow();
      assertThat(p.party()).isEqualTo("party:inc");
      assertThat(p.state()).isEqualTo("place:karnataka");
      assertThat(p.posts())
          .anyMatch(
              h ->
                  h.post().equals("post:adhyaksh")
                      && h.org().equals("party:inc")
                      && h.heldOn("2023"));
    }

    @Test
    void everyReferenceResolves() {
      for (KbEntry e : KB.entries()) {
        if (e instanceof Person p) {
          if (p.party() != null) {
            assertThat(KB.get(p.party())).as(p.id() + " party").isPresent();
          }
          for (Person.PostHeld h : p.posts()) {
            assertThat(KB.posts().get(h.post())).as(p.id() + " " + h.post()).isPresent();
          }
        }
        if (e instanceof Alliance a) {
          a.members().forEach(m -> assertThat(KB.get(m.party())).as(a.id()).isPresent());
        }
      }
    }
  }

  @Nested
  class Organisations {
    @Test
    void ministriesComeFromThePortfolioList() {
      assertThat(ids("स्वास्थ्य मंत्रालय")).containsExactly("org:swasthya-mantralaya");
      assertThat(ids("केंद्रीय गृह मंत्रालय")).containsExactly("org:grih-mantralaya");
    }

    @Test
    void courtsAgenciesAndAssembliesAreThere() {
      assertThat(ids("उच्चतम न्यायालय")).containsExactly("org:supreme-court");
      assertThat(ids("सीबीआई")).containsExactly("org:cbi");
      assertThat(ids("बिहार विधानसभा")).containsExactly("org:bihar-vidhan-sabha");
      assertThat(ids("विश्व स्वास्थ्य संगठन")).containsExactly("org:who");
    }
  }

  @Nested
  class UsersOwnFiles {
    @Test
    void addAndReplaceEntriesWithoutRebuilding(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("mine.jsonl");
      Files.writeString(
          file,
          """
          {"kind":"person","id":"person:ramesh-chaurasia","name":"रमेश चौरसिया","english":"Ramesh Chaurasia","aliases":["चौरसिया"],"party":"party:jdu","state":"place:bihar"}
          {"kind":"party","id":"party:rjd","name":"राष्ट्रीय जनता दल","english":"Rashtriya Janata Dal","aliases":["राजद","लालटेन पार्टी"],"state":"place:bihar"}
          """,
          StandardCharsets.UTF_8);
      KnowledgeBase kb = KnowledgeBase.load(List.of(file));
      assertThat(kb.byName("रमेश चौरसिया"))
          .extracting(r -> r.entry().id())
          .containsExactly("person:ramesh-chaurasia");
      assertThat(kb.byName("लालटेन पार्टी"))
          .extracting(r -> r.entry().id())
          .containsExactly("party:rjd");
      assertThat(kb.byName("RJD")).isEmpty();
      assertThat(kb.size()).isEqualTo(KB.size() + 1);
    }

    @Test
    void aTypoIsReportedWithItsLine(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("bad.jsonl");
      Files.writeString(
          file,
          """
          {"kind":"party","id":"party:x","name":"एक्स पार्टी"}
          {"kind":"party","id":"party:y","name":"वाई पार्टी","alias":["वाई"]}
          """,
          StandardCharsets.UTF_8);
      assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("bad.jsonl")
          .hasMessageContaining("entry 2")
          .hasMessageContaining("alias");
    }

    @Test
    void idsMustCarryTheirKind() {
      assertThatThrownBy(() -> new Party("rjd", "राजद", null, null, null, null, null, false, null))
          .hasMessageContaining("party:");
    }
  }

  @Test
  void isLoadedOnceAndShared() {
    assertThat(KnowledgeBase.shipped()).isSameAs(KB);
    assertThat(KB.size()).isGreaterThan(9000);
  }
}

package org.khabar.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.analysis.Docs;
import org.khabar.analysis.ListPosts;
import org.khabar.analysis.quotes.QuoteStage;
import org.khabar.analysis.roles.RoleStage;
import org.khabar.model.Document;
import org.khabar.model.Event;
import org.khabar.model.EventArgument;
import org.khabar.model.EventType;
import org.khabar.text.Canonicalizer;

class EventStageTest {

  private static String nfc(String s) {
    return Canonicalizer.canonicalize(s).text();
  }

  private static final RoleStage ROLES = new RoleStage(ListPosts.common(), EventStageTest::nfc);
  private static final QuoteStage QUOTES = new QuoteStage(EventStageTest::nfc);
  private static final EventStage EVENTS = new EventStage(EventStageTest::nfc);

  private static Document run(Docs d) {
    return EVENTS.apply(QUOTES.apply(ROLES.apply(d.build())));
  }

  private static List<Event> of(Document d, EventType t) {
    return d.events().stream().filter(e -> e.type() == t).toList();
  }

  private static List<String> args(Document d, Event e, String role) {
    return e.arguments().stream()
        .filter(a -> a.role().equals(role))
        .map(a -> a.entityId() == null ? a.text() : d.entity(a.entityId()).name())
        .toList();
  }

  @Nested
  class Meetings {
    @Test
    void whoMetWhom() {
      Document d =
          run(
              Docs.of("मंगलवार को अरुण जोशी ने दिल्ली में नीना गुप्ता से मुलाकात की।")
                  .person("अरुण जोशी")
                  .person("नीना गुप्ता")
                  .place("दिल्ली"));
      assertThat(of(d, EventType.MEETING))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(args(d, e, "initiator")).containsExactly("अरुण जोशी");
                assertThat(args(d, e, "met")).containsExactly("नीना गुप्ता");
                assertThat(args(d, e, "place")).containsExactly("दिल्ली");
                // the article is dated Saturday 2026-01-24: the latest Tuesday on or before it
                assertThat(e.date()).isEqualTo(LocalDate.of(2026, 1, 20));
              });
    }

    @Test
    void laterSentenceAddsParticipants() {
      Document d =
          run(
              Docs.of(
                      "अरुण जोशी ने विधायकों से मुलाकात की। इस बैठक में नीना गुप्ता और रवि कांत भी मौजूद रहे।")
                  .person("अरुण जोशी")
                  .person("नीना गुप्ता")
                  .person("रवि कांत"));
      assertThat(of(d, EventType.MEETING))
          .singleElement()
          .satisfies(
              e ->
                  assertThat(args(d, e, "participant"))
                      .containsExactlyInAnyOrder("नीना गुप्ता", "रवि कांत"));
    }

    @Test
    void theNextSentenceSpeaksOfTheSameMeeting() {
      Document d =
          run(
              Docs.of(
                      "पटना में बैठक हुई जिसमें अरुण जोशी मौजूद रहे। बैठक की अध्यक्षता नीना गुप्ता ने की।")
                  .person("अरुण जोशी")
                  .person("नीना गुप्ता")
                  .place("पटना"));
      assertThat(of(d, EventType.MEETING))
          .singleElement()
          .satisfies(e -> assertThat(args(d, e, "initiator")).containsExactly("नीना गुप्ता"));
    }

    @Test
    void aMeetingWordWithNobodyIsNoEvent() {
      Document d = run(Docs.of("बैठक लंबी चली।"));
      assertThat(of(d, EventType.MEETING)).isEmpty();
    }

    @Test
    void meetingSomeoneIsAMeetingButReceivingSomethingIsNot() {
      Document met =
          run(Docs.of("सीमा राव कल अजय सेन से मिलीं।").person("सीमा राव").person("अजय सेन"));
      assertThat(of(met, EventType.MEETING)).hasSize(1);
      assertThat(args(met, of(met, EventType.MEETING).get(0), "met")).containsExactly("अजय सेन");
      Document received = run(Docs.of("सेना को रूस से मिले हथियार पहुंच गए।").place("रूस"));
      assertThat(of(received, EventType.MEETING)).isEmpty();
      Document found = run(Docs.of("अजय सेन ने कहा कि पुलिस को सबूत मिले हैं।").person("अजय सेन"));
      assertThat(of(found, EventType.MEETING)).isEmpty();
    }

    @Test
    void aMeetingOfOnePersonNeedsSomeoneWhoHeldIt() {
      Document held = run(Docs.of("अजय सेन ने अफसरों के साथ बैठक की।").person("अजय सेन"));
      assertThat(of(held, EventType.MEETING)).hasSize(1);
      Document mentioned =
          run(
              Docs.of("पटना में हुई बैठक के बारे में अजय सेन को जानकारी नहीं थी।")
                  .person("अजय सेन")
                  .place("पटना"));
      assertThat(of(mentioned, EventType.MEETING)).isEmpty();
    }

    @Test
    void whoTellsOfAMeetingIsNotInIt() {
      Document d =
          run(
              Docs.of("नवभारत ने बताया कि अजय सेन और सीमा राव की बैठक हुई।")
                  .org("नवभारत")
                  .person("अजय सेन")
                  .person("सीमा राव"));
      Event e = of(d, EventType.MEETING).get(0);
      assertThat(args(d, e, "initiator")).isEmpty();
      assertThat(args(d, e, "participant")).containsExactlyInAnyOrder("अजय सेन", "सीमा राव");
    }
  }

  @Nested
  class Alliances {
    @Test
    void breakStanceWithItsHolderAndParty() {
      Document d =
          run(Docs.of("कई विधायकों ने जनता दल के साथ गठबंधन तोड़ने की मांग की।").org("जनता दल"));
      assertThat(of(d, EventType.ALLIANCE_STANCE))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(args(d, e, "stance:break")).containsExactly("तोड़ने");
                assertThat(args(d, e, "party")).containsExactly("जनता दल");
                assertThat(args(d, e, "holder")).containsExactly("कई विधायकों");
              });
    }

    @Test
    void continueStance() {
      Document d = run(Docs.of("लोक दल ने कहा कि गठबंधन जारी रखने पर सहमति है।").org("लोक दल"));
      assertThat(of(d, EventType.ALLIANCE_STANCE))
          .singleElement()
          .satisfies(e -> assertThat(args(d, e, "stance:continue")).containsExactly("जारी रखने"));
    }
  }

  @Nested
  class Elections {
    @Test
    void aPartysLossWithTheSeatsItWon() {
      Document d =
          run(
              Docs.of("चुनाव में जनता दल की करारी हार हुई और उसे केवल 12 सीटें मिलीं।")
                  .org("जनता दल"));
      assertThat(of(d, EventType.ELECTION_RESULT))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(args(d, e, "party")).containsExactly("जनता दल");
                assertThat(args(d, e, "outcome:loss")).containsExactly("हार");
                assertThat(args(d, e, "seats")).containsExactly("12");
              });
    }

    @Test
    void aTeamsWinIsNoElectionResult() {
      Document d =
          run(Docs.of("दर्शकों ने पटना टाइगर्स की जीत पर जश्न मनाया।").org("पटना टाइगर्स"));
      assertThat(of(d, EventType.ELECTION_RESULT)).isEmpty();
    }

    @Test
    void losingToAPartysCandidateIsNoLossOfThatParty() {
      Document d = run(Docs.of("वे चुनाव में जनता दल के उम्मीदवार से हार गए।").org("जनता दल"));
      assertThat(of(d, EventType.ELECTION_RESULT)).isEmpty();
    }

    @Test
    void seatTalkIsNoResult() {
      Document d = run(Docs.of("जनता दल ने दो सीटें ज्यादा मांगी हैं।").org("जनता दल"));
      assertThat(of(d, EventType.ELECTION_RESULT)).isEmpty();
    }
  }

  @Nested
  class Demands {
    @Test
    void demandIsAnEventOfItsSpeaker() {
      Document d = run(Docs.of("मोहन लाल ने सरकार से कर्ज माफी की मांग की।").person("मोहन लाल"));
      assertThat(of(d, EventType.DEMAND))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(args(d, e, "demander")).containsExactly("मोहन लाल");
                assertThat(args(d, e, "demand")).containsExactly("सरकार से कर्ज माफी");
              });
    }
  }

  @Nested
  class Dates {
    private final DateResolver dates = new DateResolver(EventStageTest::nfc);

    private LocalDate resolve(String sentence) {
      Document d = Docs.of(sentence).build();
      DateResolver.Resolved r =
          dates.resolve(d.tokens(), 0, d.tokens().size(), LocalDate.of(2026, 3, 5));
      return r == null ? null : r.date();
    }

    @Test
    void relativeWords() {
      assertThat(resolve("आज सभा हुई।")).isEqualTo(LocalDate.of(2026, 3, 5));
      assertThat(resolve("कल सभा हुई।")).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void weekdayIsTheLatestOnOrBeforeTheArticle() {
      // 2026-03-05 is a Thursday
      assertThat(resolve("सोमवार को सभा हुई।")).isEqualTo(LocalDate.of(2026, 3, 2));
      assertThat(resolve("गुरुवार को सभा हुई।")).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void dayAndMonthTakeTheArticlesYearUnlessThatIsLater() {
      assertThat(resolve("20 फरवरी को सभा हुई।")).isEqualTo(LocalDate.of(2026, 2, 20));
      assertThat(resolve("20 दिसंबर को सभा हुई।")).isEqualTo(LocalDate.of(2025, 12, 20));
      assertThat(resolve("३ मार्च को सभा हुई।")).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void noDateWordNoDate() {
      assertThat(resolve("सभा हुई।")).isNull();
    }
  }

  @Test
  void everyArgumentPointsIntoTheText() {
    Document d =
        run(
            Docs.of("अरुण जोशी ने दिल्ली में नीना गुप्ता से मुलाकात की।")
                .person("अरुण जोशी")
                .person("नीना गुप्ता")
                .place("दिल्ली"));
    for (Event e : d.events()) {
      for (EventArgument a : e.arguments()) {
        if (a.entityId() != null) {
          assertThat(a.span().in(d.text())).isEqualTo(a.text());
        }
      }
      assertThat(e.evidence().contains(e.trigger())).isTrue();
    }
  }
}

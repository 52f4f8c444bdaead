package org.khabar.analysis.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.analysis.Docs;
import org.khabar.analysis.ListPosts;
import org.khabar.analysis.lex.PhraseTrie;
import org.khabar.model.Document;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;
import org.khabar.model.Token;
import org.khabar.text.Canonicalizer;

class MentionStageTest {

  /** A knowledge base of a few names, for tests that must not depend on the shipped one. */
  static final class FakeKb implements KbMatcher {
    private final PhraseTrie<KbMatch> trie = new PhraseTrie<>();
    private final java.util.Set<String> orgWords = new java.util.HashSet<>();

    @Override
    public boolean inOrganisationName(Token token) {
      return orgWords.contains(token.norm());
    }

    FakeKb add(String phrase, EntityType type, boolean ambiguous) {
      String[] words = phrase.split(" ");
      trie.add(List.of(words), new KbMatch(0, words.length, type, "kb:" + phrase, ambiguous));
      if (type == EntityType.ORG) {
        orgWords.addAll(List.of(words));
      }
      return this;
    }

    @Override
    public List<KbMatch> find(List<Token> tokens, int from, int to) {
      List<KbMatch> out = new ArrayList<>();
      for (int i = from; i < to; ) {
        PhraseTrie.Match<KbMatch> m = trie.longestAt(tokens, i, to, Token::norm);
        if (m == null) {
          i++;
        } else {
          KbMatch v = m.value();
          out.add(new KbMatch(i, m.end(), v.type(), v.kbId(), v.ambiguous()));
          i = m.end();
        }
      }
      return out;
    }
  }

  private static final FakeKb KB =
      new FakeKb()
          .add("जनता दल", EntityType.ORG, false)
          .add("RJD", EntityType.ORG, false)
          .add("बिहार", EntityType.PLACE, false)
          .add("पटना", EntityType.PLACE, false)
          .add("दिल्ली", EntityType.PLACE, false)
          .add("सुप्रीम कोर्ट", EntityType.ORG, false)
          .add("राष्ट्रीय किसान मंच", EntityType.ORG, false)
          .add("नगर परिषद", EntityType.ORG, false)
          .add("राज्य खेल परिषद", EntityType.ORG, false)
          .add("राम", EntityType.PERSON, true)
          .add("अरुण जोशी", EntityType.PERSON, false);

  private static final MentionStage STAGE =
      new MentionStage(KB, ListPosts.common(), s -> Canonicalizer.canonicalize(s).text());

  private static List<String> run(Docs docs) {
    Document d = STAGE.apply(docs.build());
    return d.mentions().stream().map(m -> m.type() + ":" + m.text()).toList();
  }

  private static Document doc(Docs docs) {
    return STAGE.apply(docs.build());
  }

  @Nested
  class Edges {
    @Test
    void speechVerbGluedToANameIsLeftOut() {
      assertThat(run(Docs.of("सुधा मिश्रा बोले सड़क बनेगी।").person("सुधा मिश्रा बोले")))
          .containsExactly("PERSON:सुधा मिश्रा");
    }

    @Test
    void aRankUsedAsATitleIsLeftOut() {
      assertThat(run(Docs.of("मेजर विक्रम सेन ने झंडा फहराया।").person("मेजर विक्रम सेन")))
          .containsExactly("PERSON:विक्रम सेन");
      assertThat(
              run(
                  Docs.of("ब्रिगेडियर जनरल विक्रम सेन ने झंडा फहराया।")
                      .person("ब्रिगेडियर जनरल विक्रम सेन")))
          .containsExactly("PERSON:विक्रम सेन");
    }

    @Test
    void aPostThatStartedBeforeTheMentionIsLeftOut() {
      assertThat(run(Docs.of("नेता प्रवक्ता सुधा मिश्रा आईं।").person("प्रवक्ता सुधा मिश्रा")))
          .containsExactly("PERSON:सुधा मिश्रा");
    }

    @Test
    void aMentionThatIsOnlyAPostIsDropped() {
      assertThat(run(Docs.of("राज्यसभा सांसद ने कहा।").org("राज्यसभा सांसद"))).isEmpty();
    }

    @Test
    void twoNamesTheTaggerJoinedAreSplitWhenEachIsNamedAlone() {
      List<String> got =
          run(
              Docs.of("मीना राव कमल दास से मिलीं। मीना राव खुश थीं। कमल दास चुप रहे।")
                  .person("मीना राव कमल दास")
                  .person("मीना राव")
                  .person("कमल दास"));
      assertThat(got).startsWith("PERSON:मीना राव", "PERSON:कमल दास").hasSize(4);
    }

    @Test
    void anObliquePluralIsNoName() {
      assertThat(run(Docs.of("माओवादियों ने हमला किया।").org("माओवादियों"))).isEmpty();
    }
  }

  @Nested
  class KnowledgeBase {
    @Test
    void anExactKnownNameTakesItsType() {
      Document d = doc(Docs.of("पटना में सभा हुई।").person("पटना"));
      assertThat(d.mentions()).extracting(Mention::type).containsExactly(EntityType.PLACE);
    }

    @Test
    void aSpanOfKnownNamesBecomesThoseNames() {
      assertThat(run(Docs.of("बिहार जनता दल की बैठक हुई।").org("बिहार जनता दल")))
          .containsExactly("PLACE:बिहार", "ORG:जनता दल");
    }

    @Test
    void aLatinSpanKeepsOnlyItsKnownNames() {
      assertThat(run(Docs.of("Will RJD Alliance Break", "पाठ।").org("RJD Alliance Break")))
          .containsExactly("ORG:RJD");
    }

    @Test
    void aKnownNameAtTheEdgeIsSplitOffWhenTheRestIsNamedAlone() {
      List<String> got =
          run(
              Docs.of("अरुण जोशी सुप्रीम कोर्ट गए। बाद में अरुण जोशी लौटे।")
                  .org("अरुण जोशी सुप्रीम कोर्ट")
                  .person("अरुण जोशी"));
      assertThat(got).containsExactly("PERSON:अरुण जोशी", "ORG:सुप्रीम कोर्ट", "PERSON:अरुण जोशी");
    }

    @Test
    void aMissedUnambiguousNameIsAdded() {
      assertThat(run(Docs.of("पटना में बारिश हुई।"))).containsExactly("PLACE:पटना");
    }

    @Test
    void anAmbiguousNameAloneIsNotAdded() {
      assertThat(run(Docs.of("राम ने खाना खाया।"))).isEmpty();
      assertThat(run(Docs.of("राम ने खाना खाया।").person("राम"))).containsExactly("PERSON:राम");
    }

    @Test
    void aKnownPlaceInsideAnOrganisationIsAPlaceToo() {
      assertThat(run(Docs.of("दिल्ली महिला मंच ने बयान दिया।").org("दिल्ली महिला मंच")))
          .containsExactlyInAnyOrder("ORG:दिल्ली महिला मंच", "PLACE:दिल्ली");
    }
  }

  @Nested
  class AnnotationRules {
    @Test
    void aGovernmentIsNoOrganisationButItsPlaceIsAPlace() {
      assertThat(run(Docs.of("बिहार सरकार ने फैसला किया।").org("बिहार सरकार")))
          .containsExactly("PLACE:बिहार");
      assertThat(run(Docs.of("केंद्र सरकार ने फैसला किया।").org("केंद्र सरकार"))).isEmpty();
    }

    @Test
    void aNewspaperAfterDainik() {
      assertThat(run(Docs.of("दैनिक नवप्रभात ने लिखा है।"))).containsExactly("ORG:नवप्रभात");
    }

    @Test
    void dailyAsAnAdjectiveNamesNoPaper() {
      assertThat(run(Docs.of("जांच दैनिक आधार पर होगी।"))).isEmpty();
    }

    @Test
    void piecesOfANameAfterAPostAreOnePerson() {
      assertThat(run(Docs.of("प्रभारी कमल अल्लावरू आए।").place("कमल").place("अल्लावरू")))
          .containsExactly("PERSON:कमल अल्लावरू");
    }

    @Test
    void twoWholeNamesAfterAPostStayApart() {
      assertThat(
              run(
                  Docs.of("मंत्री मीना राव कमल दास से मिलीं।")
                      .person("मीना राव")
                      .person("कमल दास")))
          .containsExactly("PERSON:मीना राव", "PERSON:कमल दास");
    }

    @Test
    void knownNamesAfterAPostStayApart() {
      assertThat(run(Docs.of("मंत्री अरुण जोशी दिल्ली गए।").person("अरुण जोशी").place("दिल्ली")))
          .containsExactly("PERSON:अरुण जोशी", "PLACE:दिल्ली");
    }
  }

  @Nested
  class HeadedOrganisations {
    @Test
    void namewordsBeforeAnOrganisationHeadThatActsAreOneOrganisation() {
      assertThat(run(Docs.of("किसान विकास मंच ने धरने की घोषणा की।")))
          .containsExactly("ORG:किसान विकास मंच");
    }

    @Test
    void anAbbreviationInBracketsIntroducesOne() {
      assertThat(run(Docs.of("बिहार राज्य खेल प्राधिकरण (बीएसएसए) की बैठक हुई।")))
          .containsExactlyInAnyOrder("ORG:बिहार राज्य खेल प्राधिकरण", "PLACE:बिहार");
    }

    @Test
    void aGenericCommitteeNamesNothing() {
      assertThat(run(Docs.of("जांच समिति ने रिपोर्ट सौंपी।"))).isEmpty();
      assertThat(run(Docs.of("इस मंच ने सबको जोड़ा।"))).isEmpty();
    }

    @Test
    void wordsFurtherOutJoinOnlyWhenOrganisationNamesUseThem() {
      assertThat(run(Docs.of("कल शाम युवा मंच ने सभा की।"))).isEmpty();
      assertThat(run(Docs.of("मेले में सन्नाटा किसान विकास मंच ने तोड़ा।")))
          .containsExactly("ORG:किसान विकास मंच");
    }

    @Test
    void aHeadThatDoesNotActNamesNothing() {
      assertThat(run(Docs.of("सार्वजनिक मंच पर बहस हुई।"))).isEmpty();
    }

    @Test
    void determinersAreLeftOutOfTheName() {
      assertThat(run(Docs.of("उस किसान विकास समिति ने काम रोका।")))
          .containsExactly("ORG:किसान विकास समिति");
    }

    @Test
    void aPersonBeforeTheNameIsNotPartOfIt() {
      assertThat(run(Docs.of("अरुण जोशी किसान शक्ति मंच ने सभा की।").person("अरुण जोशी")))
          .containsExactlyInAnyOrder("PERSON:अरुण जोशी", "ORG:किसान शक्ति मंच");
    }

    @Test
    void aPartialTaggedNameIsExtended() {
      assertThat(run(Docs.of("पटना नगर विकास प्राधिकरण ने नक्शा पास किया।").org("विकास प्राधिकरण")))
          .containsExactlyInAnyOrder("ORG:पटना नगर विकास प्राधिकरण", "PLACE:पटना");
    }
  }

  @Nested
  class OneNameOneReading {
    @Test
    void aNameFoundOnceIsAMentionWhereverItStandsAgain() {
      Document d =
          doc(
              Docs.of("सीमा राव का कहना था कि सड़क बनेगी। सीमा राव ने कहा।")
                  .once(EntityType.PERSON, "सीमा राव", 2));
      assertThat(d.mentions())
          .extracting(m -> m.type() + ":" + m.text(), m -> m.provenance().rule())
          .containsExactly(
              tuple("PERSON:सीमा राव", "same-name-elsewhere"), tuple("PERSON:सीमा राव", "hand"));
    }

    @Test
    void aNameFoundWithTwoTypesSpreadsNowhere() {
      assertThat(
              run(
                  Docs.of("नीला गगन आया। नीला गगन में उड़ान। नीला गगन फिर।")
                      .once(EntityType.PERSON, "नीला गगन", 1)
                      .once(EntityType.PLACE, "नीला गगन", 2)))
          .containsExactly("PERSON:नीला गगन", "PLACE:नीला गगन");
    }

    @Test
    void aGivenNameOrSurnameAloneBeforeASpeechVerbOrPostpositionIsThatPerson() {
      Document d =
          doc(
              Docs.of("रेखा भंडारी गांव लौटीं। रेखा बताती हैं कि पानी नहीं है। भंडारी ने कहा।")
                  .once(EntityType.PERSON, "रेखा भंडारी", 1));
      assertThat(d.mentions())
          .extracting(m -> m.type() + ":" + m.text(), m -> m.provenance().rule())
          .containsExactly(
              tuple("PERSON:रेखा भंडारी", "hand"),
              tuple("PERSON:रेखा", "name-part-elsewhere"),
              tuple("PERSON:भंडारी", "name-part-elsewhere"));
    }

    @Test
    void aNamePartSharedByTwoPeopleSpreadsNowhere() {
      assertThat(
              run(
                  Docs.of("रेखा भंडारी और सुधा भंडारी आईं। भंडारी ने कहा।")
                      .once(EntityType.PERSON, "रेखा भंडारी", 1)
                      .once(EntityType.PERSON, "सुधा भंडारी", 1)))
          .containsExactly("PERSON:रेखा भंडारी", "PERSON:सुधा भंडारी");
    }

    @Test
    void aNamePartAfterAnotherPossibleGivenNameIsLeftAlone() {
      // "मोहन भंडारी" may be someone else the tagger missed
      assertThat(
              run(
                  Docs.of("रेखा भंडारी आईं। मोहन भंडारी ने कहा।")
                      .once(EntityType.PERSON, "रेखा भंडारी", 1)))
          .containsExactly("PERSON:रेखा भंडारी");
    }

    @Test
    void aNamePartNeedsAPostpositionOrSpeechVerbAfterIt() {
      assertThat(
              run(
                  Docs.of("रेखा भंडारी आईं। भंडारी परिवार पुराना है।")
                      .once(EntityType.PERSON, "रेखा भंडारी", 1)))
          .containsExactly("PERSON:रेखा भंडारी");
    }

    @Test
    void aCueWordSwallowedIntoANameDoesNotSpread() {
      // the tagger glued "अदालत" onto a name: courts elsewhere stay courts
      assertThat(
              run(
                  Docs.of("रेखा भंडारी अदालत पहुंचीं। अदालत ने कहा।")
                      .once(EntityType.PERSON, "रेखा भंडारी अदालत", 1)))
          .containsExactly("PERSON:रेखा भंडारी अदालत");
    }

    @Test
    void aSingleWordDoesNotSpread() {
      assertThat(run(Docs.of("कमल आया। कमल खिला।").once(EntityType.PERSON, "कमल", 1)))
          .containsExactly("PERSON:कमल");
    }
  }

  @Test
  void everyMentionNamesItsRule() {
    Document d = doc(Docs.of("बिहार जनता दल की बैठक पटना में हुई।").org("बिहार जनता दल"));
    assertThat(d.mentions())
        .extracting(Mention::text, m -> m.provenance().rule())
        .containsExactly(
            tuple("बिहार", "kb-splits-tagged"),
            tuple("जनता दल", "kb-splits-tagged"),
            tuple("पटना", "kb-alias"));
  }
}

package org.khabar.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.analysis.Docs;
import org.khabar.analysis.ListPosts;
import org.khabar.analysis.roles.RoleStage;
import org.khabar.model.Document;
import org.khabar.model.Quote;
import org.khabar.model.SpeakerKind;
import org.khabar.text.Canonicalizer;

class QuoteStageTest {

  private static final QuoteStage QUOTES = new QuoteStage(QuoteStageTest::nfc);
  private static final RoleStage ROLES = new RoleStage(ListPosts.common(), QuoteStageTest::nfc);

  static String nfc(String s) {
    return Canonicalizer.canonicalize(s).text();
  }

  private static Document run(Docs docs) {
    return QUOTES.apply(ROLES.apply(docs.build()));
  }

  private static String content(Document d, Quote q) {
    return q.content().in(d.text());
  }

  private static String speaker(Document d, Quote q) {
    return q.speakerId() == null ? null : d.entity(q.speakerId()).name();
  }

  @Nested
  class Ergative {
    @Test
    void saidThat() {
      Document d = run(Docs.of("सीता वर्मा ने कहा कि सड़क अगले महीने बनेगी।").person("सीता वर्मा"));
      assertThat(d.quotes()).hasSize(1);
      Quote q = d.quotes().get(0);
      assertThat(content(d, q)).isEqualTo("सड़क अगले महीने बनेगी");
      assertThat(speaker(d, q)).isEqualTo("सीता वर्मा");
      assertThat(q.speakerKind()).isEqualTo(SpeakerKind.PERSON);
      assertThat(q.cue().in(d.text())).isEqualTo("ने कहा कि");
      assertThat(q.direct()).isFalse();
    }

    @Test
    void wordsBetweenMarkerAndVerb() {
      Document d =
          run(
              Docs.of("मंत्री रमेश कुमार ने सोमवार को पत्रकारों से बातचीत में बताया कि बजट बढ़ेगा।")
                  .person("रमेश कुमार"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(content(d, q)).isEqualTo("बजट बढ़ेगा");
                assertThat(speaker(d, q)).isEqualTo("रमेश कुमार");
              });
    }

    @Test
    void commaInsteadOfKi() {
      Document d = run(Docs.of("अनिल यादव ने कहा, हम चुनाव अकेले लड़ेंगे।").person("अनिल यादव"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(q -> assertThat(content(d, q)).isEqualTo("हम चुनाव अकेले लड़ेंगे"));
    }

    @Test
    void objectOfDemandVerbIsTheContent() {
      Document d =
          run(Docs.of("किसान नेता मोहन लाल ने सरकार से कर्ज माफी की मांग की।").person("मोहन लाल"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(content(d, q)).isEqualTo("सरकार से कर्ज माफी");
                assertThat(q.cue().in(d.text())).isEqualTo("की मांग की");
              });
    }

    @Test
    void demandVerbFollowedByKiTakesTheClauseAfter() {
      Document d = run(Docs.of("मोहन लाल ने मांग की कि कर्ज माफ किया जाए।").person("मोहन लाल"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(q -> assertThat(content(d, q)).isEqualTo("कर्ज माफ किया जाए"));
    }

    @Test
    void directQuoteAfterTheCue() {
      Document d =
          run(
              Docs.of("गीता राव ने कहा, “हम डरेंगे नहीं। लड़ाई जारी रहेगी।” फिर वे चली गईं।")
                  .person("गीता राव"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(content(d, q)).isEqualTo("हम डरेंगे नहीं। लड़ाई जारी रहेगी।");
                assertThat(q.direct()).isTrue();
              });
    }

    @Test
    void directQuoteBeforeASentenceFinalCue() {
      Document d = run(Docs.of("\"यह फैसला गलत है,\" विनोद शर्मा ने कहा।").person("विनोद शर्मा"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(content(d, q)).isEqualTo("यह फैसला गलत है,");
                assertThat(q.direct()).isTrue();
                assertThat(speaker(d, q)).isEqualTo("विनोद शर्मा");
              });
    }

    @Test
    void aSentenceOfOnlySpeakerAndVerbReportsTheSentenceBefore() {
      Document d =
          run(Docs.of("बांध की मरम्मत इसी महीने पूरी होगी। रमेश साहू ने कहा।").person("रमेश साहू"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(speaker(d, q)).isEqualTo("रमेश साहू");
                assertThat(content(d, q)).isEqualTo("बांध की मरम्मत इसी महीने पूरी होगी");
                assertThat(q.direct()).isFalse();
              });
      assertThat(run(Docs.of("रमेश साहू ने कहा।").person("रमेश साहू")).quotes()).isEmpty();
    }

    @Test
    void whomItWasSaidToIsNotWhatWasSaid() {
      Document d =
          run(
              Docs.of("अमित सेन ने भी सरकार से अपील की थी बाढ़ पीड़ितों को तुरंत राहत दी जाए।")
                  .person("अमित सेन"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> assertThat(content(d, q)).isEqualTo("बाढ़ पीड़ितों को तुरंत राहत दी जाए"));
      assertThat(run(Docs.of("अमित सेन ने पत्रकारों से कहा।").person("अमित सेन")).quotes())
          .isEmpty();
      assertThat(
              run(Docs.of("अमित सेन ने जब लोगों से अपील की थी तो पूरा शहर साथ आया।")
                      .person("अमित सेन"))
                  .quotes())
          .isEmpty();
    }

    @Test
    void aTimeOrRelativeClauseIsNoBareQuote() {
      assertThat(
              run(Docs.of("पत्रकारों ने जब मीना राव से पूछा तो वह चुप रहीं।").person("मीना राव"))
                  .quotes())
          .isEmpty();
      assertThat(
              run(Docs.of("मीना राव ने जो किताब में लिखा था वही फिल्म में दिखा।")
                      .person("मीना राव"))
                  .quotes())
          .isEmpty();
      assertThat(
              run(Docs.of("मीना राव ने कागज़ जोड़ा और तब चिट्ठी पढ़ी।").person("मीना राव"))
                  .quotes())
          .isEmpty();
    }

    @Test
    void noSpeechVerbNoQuote() {
      Document d = run(Docs.of("रीना सिंह ने सड़क का उद्घाटन किया।").person("रीना सिंह"));
      assertThat(d.quotes()).isEmpty();
    }

    @Test
    void aNegatedSpeechVerbSaysNothing() {
      Document d =
          run(Docs.of("रीना सिंह ने किसी का नाम नहीं बताया, इसलिए जांच रुकी।").person("रीना सिंह"));
      assertThat(d.quotes()).isEmpty();
    }

    @Test
    void twoConstructionsOfTheSameWordsGiveOneQuote() {
      Document d = run(Docs.of("पवन वर्मा का मानना है कि जांच जल्द होगी।").person("पवन वर्मा"));
      assertThat(d.quotes()).hasSize(1);
    }

    @Test
    void honorificBetweenNameAndMarker() {
      Document d = run(Docs.of("रमेश कुमार जी ने बताया कि मेला कल लगेगा।").person("रमेश कुमार"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(q -> assertThat(speaker(d, q)).isEqualTo("रमेश कुमार"));
    }
  }

  @Nested
  class Pronouns {
    @Test
    void resolveToTheLatestSpeaker() {
      Document d =
          run(
              Docs.of("सुनील दत्त ने कहा कि काम पूरा होगा। उन्होंने कहा कि पैसा आ गया है।")
                  .person("सुनील दत्त"));
      assertThat(d.quotes()).hasSize(2);
      Quote second = d.quotes().get(1);
      assertThat(second.speakerText()).isEqualTo("उन्होंने");
      assertThat(speaker(d, second)).isEqualTo("सुनील दत्त");
    }

    @Test
    void resolveToAGroupSpeaker() {
      Document d =
          run(
              Docs.of(
                  "ज्यादातर विधायकों ने गठबंधन तोड़ने का सुझाव दिया। उनका कहना था कि पार्टी कमजोर हुई है।"));
      assertThat(d.quotes()).hasSize(2);
      assertThat(d.quotes().get(0).speakerKind()).isEqualTo(SpeakerKind.GROUP);
      assertThat(d.quotes().get(0).speakerText()).isEqualTo("ज्यादातर विधायकों");
      assertThat(d.quotes().get(1).speakerKind()).isEqualTo(SpeakerKind.GROUP);
      assertThat(content(d, d.quotes().get(1))).isEqualTo("पार्टी कमजोर हुई है");
    }

    @Test
    void speechReportedInsideAQuoteLeavesTheOuterSpeakerInFocus() {
      Document d =
          run(
              Docs.of(
                      "रजनी साहू ने कहा कि अफसरों ने फोन कर बताया कि मरीज भाग गया। उन्होंने बताया कि मामला दर्ज हुआ।")
                  .person("रजनी साहू"));
      Quote last = d.quotes().get(d.quotes().size() - 1);
      assertThat(last.speakerText()).isEqualTo("उन्होंने");
      assertThat(speaker(d, last)).isEqualTo("रजनी साहू");
    }

    @Test
    void speechReportedBySourcesPutsItsOwnSpeakerInFocus() {
      Document d =
          run(
              Docs.of(
                      "सुनील दत्त मौजूद थे। सूत्रों के मुताबिक, जिले के नेताओं ने नई समिति की मांग की। उन्होंने कहा कि संगठन कमजोर है।")
                  .person("सुनील दत्त"));
      Quote last = d.quotes().get(d.quotes().size() - 1);
      assertThat(last.speakerText()).isEqualTo("उन्होंने");
      assertThat(last.speakerKind()).isEqualTo(SpeakerKind.GROUP);
      assertThat(last.speakerId()).isNull();
    }

    @Test
    void speechReportedByAPaperPutsItsOwnSpeakerInFocus() {
      Document d =
          run(
              Docs.of(
                      "नवभारत में ख़बर छपी है कि नहर समिति ने धरने की घोषणा की है। उसका आरोप है कि पानी नहीं मिला।")
                  .org("नवभारत")
                  .org("नहर समिति"));
      Quote last = d.quotes().get(d.quotes().size() - 1);
      assertThat(last.speakerText()).isEqualTo("उसका");
      assertThat(speaker(d, last)).isEqualTo("नहर समिति");
    }

    @Test
    void firstPersonInsideSomeonesWordsIsThatSpeaker() {
      Document d =
          run(
              Docs.of("रीना दास ने कहा, हमने सभी दलों से अपील की है कि शांति बनाए रखें।")
                  .person("रीना दास"));
      assertThat(d.quotes())
          .extracting(Quote::speakerText, q -> speaker(d, q), q -> content(d, q))
          .containsExactlyInAnyOrder(
              tuple("रीना दास", "रीना दास", "हमने सभी दलों से अपील की है कि शांति बनाए रखें"),
              tuple("हमने", "रीना दास", "शांति बनाए रखें"));
    }

    @Test
    void firstPersonOutsideAnyQuoteIsTheWriterAndNoQuote() {
      assertThat(run(Docs.of("हमने पूछा कि सड़क कब बनेगी।")).quotes()).isEmpty();
    }

    @Test
    void aSayVerbWithNoSubjectContinuesTheSpeakerJustNamed() {
      Document d =
          run(
              Docs.of(
                      "मंत्री गीता राव ने कहा कि अस्पताल बनेगा। बजट के सवाल पर कहा, पैसे की कमी नहीं होगी।")
                  .person("गीता राव"));
      assertThat(d.quotes()).hasSize(2);
      Quote second = d.quotes().get(1);
      assertThat(speaker(d, second)).isEqualTo("गीता राव");
      assertThat(content(d, second)).isEqualTo("पैसे की कमी नहीं होगी");
      assertThat(second.provenance().rule()).startsWith("zero-subject");
    }

    @Test
    void aSayVerbWithNoSubjectAndNoRecentSpeakerIsNoQuote() {
      assertThat(run(Docs.of("बजट के सवाल पर कहा, पैसे की कमी नहीं होगी।")).quotes()).isEmpty();
      Document passive =
          run(
              Docs.of("गीता राव ने कहा कि अस्पताल बनेगा। पहले भी कहा गया था कि सड़क बनेगी।")
                  .person("गीता राव"));
      assertThat(passive.quotes()).hasSize(1);
    }

    @Test
    void farPronounFallsBackToTheEarlierSpeaker() {
      Document d =
          run(
              Docs.of(
                      "दीपा सेन ने कहा कि स्कूल खुलेंगे। मौसम अच्छा रहा। बाजार खुले रहे। बसें चलीं। उन्होंने बताया कि फीस नहीं बढ़ेगी।")
                  .person("दीपा सेन"));
      assertThat(d.quotes()).hasSize(2);
      assertThat(speaker(d, d.quotes().get(1))).isEqualTo("दीपा सेन");
      assertThat(d.quotes().get(1).provenance().confidence())
          .isLessThan(d.quotes().get(0).provenance().confidence());
    }

    @Test
    void anArticleOpeningWithAPronounNamesItsSpeakerLater() {
      Document d =
          run(
              Docs.of(
                      "उनका कहना था कि नहर जल्द बनेगी। खेतों को पानी मिलेगा। किसान खुश होंगे। फसल अच्छी होगी। गांव बदलेगा। सड़कें बनेंगी। विनोद राय ने कहा कि बजट तैयार है।")
                  .person("विनोद राय"));
      assertThat(d.quotes()).hasSize(2);
      assertThat(d.quotes().get(0).speakerText()).isEqualTo("उनका");
      assertThat(speaker(d, d.quotes().get(0))).isEqualTo("विनोद राय");
      assertThat(d.quotes().get(0).provenance().rule()).endsWith(".cataphora");
    }

    @Test
    void aGroupNamedByItsPartyKeepsThePartyInItsWords() {
      Document d = run(Docs.of("कई जनता दल कार्यकर्ताओं ने धरने की मांग की।").org("जनता दल"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.speakerKind()).isEqualTo(SpeakerKind.GROUP);
                assertThat(q.speakerText()).isEqualTo("कई जनता दल कार्यकर्ताओं");
              });
    }

    @Test
    void resolveToTheErgativeSubjectWhenNoOneSpokeYet() {
      Document d =
          run(
              Docs.of("आशा देवी ने पुल का दौरा किया। उन्होंने बताया कि मरम्मत होगी।")
                  .person("आशा देवी"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(q -> assertThat(speaker(d, q)).isEqualTo("आशा देवी"));
    }
  }

  @Nested
  class Sources {
    @Test
    void anonymousSourcesAreNeverAPerson() {
      Document d = run(Docs.of("सूत्रों के मुताबिक, बैठक में कई नाम पर चर्चा हुई।"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.speakerKind()).isEqualTo(SpeakerKind.SOURCES);
                assertThat(q.speakerId()).isNull();
                assertThat(content(d, q)).isEqualTo("बैठक में कई नाम पर चर्चा हुई");
              });
    }

    @Test
    void attributionToANamedBody() {
      Document d = run(Docs.of("चुनाव आयोग के अनुसार मतदान शांतिपूर्ण रहा।").org("चुनाव आयोग"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.speakerKind()).isEqualTo(SpeakerKind.ORG);
                assertThat(speaker(d, q)).isEqualTo("चुनाव आयोग");
              });
    }

    @Test
    void attributionToARuleIsNotAQuote() {
      Document d = run(Docs.of("नियम के अनुसार सभा रात दस बजे तक चलेगी।"));
      assertThat(d.quotes()).isEmpty();
    }
  }

  @Nested
  class Genitive {
    @Test
    void whatSomeoneHasToSay() {
      Document d = run(Docs.of("पवन वर्मा का कहना है कि जांच जल्द होगी।").person("पवन वर्मा"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(content(d, q)).isEqualTo("जांच जल्द होगी");
                assertThat(speaker(d, q)).isEqualTo("पवन वर्मा");
              });
    }

    @Test
    void nounWithoutCopulaIsNotSpeech() {
      Document d = run(Docs.of("पवन वर्मा के आरोप के बाद जांच हुई।").person("पवन वर्मा"));
      assertThat(d.quotes()).isEmpty();
    }
  }

  @Nested
  class Nominative {
    @Test
    void progressiveSpeechVerb() {
      Document d =
          run(Docs.of("किसान नेता रामू यादव कह रहे हैं कि धरना चलता रहेगा।").person("रामू यादव"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(speaker(d, q)).isEqualTo("रामू यादव");
                assertThat(content(d, q)).isEqualTo("धरना चलता रहेगा");
              });
    }

    @Test
    void headlineSaidWithDash() {
      Document d = run(Docs.of("केशव बोले- सड़कें जल्द बनेंगी", "पाठ यहां है।").person("केशव"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(content(d, q)).isEqualTo("सड़कें जल्द बनेंगी");
                assertThat(speaker(d, q)).isEqualTo("केशव");
              });
    }

    @Test
    void invertedHeadlineOrder() {
      Document d =
          run(
              Docs.of("किसानों से बोले मंत्री राम प्रसाद, फसल का पूरा दाम मिलेगा", "पाठ यहां है।")
                  .person("राम प्रसाद"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(content(d, q)).isEqualTo("फसल का पूरा दाम मिलेगा");
                assertThat(speaker(d, q)).isEqualTo("राम प्रसाद");
              });
    }

    @Test
    void opinionOfAGroup() {
      Document g = run(Docs.of("विशेषज्ञों की राय है कि महंगाई घटेगी।"));
      assertThat(g.quotes())
          .singleElement()
          .satisfies(q -> assertThat(q.speakerKind()).isEqualTo(SpeakerKind.GROUP));
    }
  }

  @Nested
  class Posts {
    @Test
    void aPostResolvesToThePersonWhoHoldsIt() {
      Document d =
          run(
              Docs.of(
                      "राज्य के मुख्यमंत्री अजय पाल ने दौरा किया। मुख्यमंत्री ने कहा कि राहत पहुंचेगी।")
                  .person("अजय पाल"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.speakerText()).isEqualTo("मुख्यमंत्री");
                assertThat(speaker(d, q)).isEqualTo("अजय पाल");
              });
    }

    @Test
    void anAbbreviatedPostResolvesToo() {
      Document d =
          run(
              Docs.of("मुख्यमंत्री अजय पाल ने दौरा किया। सीएम ने बताया कि राहत पहुंचेगी।")
                  .person("अजय पाल"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(q -> assertThat(speaker(d, q)).isEqualTo("अजय पाल"));
    }
  }

  @Nested
  class CommonNouns {
    @Test
    void aNewspaperNounRefersToTheLatestNewspaper() {
      Document d =
          run(
              Docs.of(
                      "दैनिक प्रभात ने लिखा है कि चुनाव कठिन होगा। लोक मंच ने भी बयान दिया। अखबार के मुताबिक नतीजे चौंकाएंगे।")
                  .org("प्रभात")
                  .org("लोक मंच"));
      Quote last = d.quotes().get(d.quotes().size() - 1);
      assertThat(content(d, last)).isEqualTo("नतीजे चौंकाएंगे");
      assertThat(speaker(d, last)).isEqualTo("प्रभात");
    }

    @Test
    void aCourtNounRefersToTheCourtNamedBefore() {
      Document d =
          run(
              Docs.of("पटना हाई कोर्ट में सुनवाई हुई। अदालत ने कहा कि रिपोर्ट दाखिल हो।")
                  .org("पटना हाई कोर्ट"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.speakerKind()).isEqualTo(SpeakerKind.ORG);
                assertThat(speaker(d, q)).isEqualTo("पटना हाई कोर्ट");
              });
    }

    @Test
    void policeSpeakAsAGroupAndTheGovernmentAsUnnamed() {
      Document p = run(Docs.of("पुलिस का कहना है कि आरोपी फरार है।"));
      assertThat(p.quotes())
          .singleElement()
          .satisfies(q -> assertThat(q.speakerKind()).isEqualTo(SpeakerKind.GROUP));
      Document g = run(Docs.of("सरकार ने कहा कि राहत दी जाएगी।"));
      assertThat(g.quotes())
          .singleElement()
          .satisfies(q -> assertThat(q.speakerKind()).isEqualTo(SpeakerKind.UNKNOWN));
    }

    @Test
    void aPaperThatPrintedANewsItemSpeaksItsWords() {
      Document d =
          run(
              Docs.of("नवभारत में ख़बर छपी है कि नहर समिति ने कहा है कि पानी छोड़ा जाएगा।")
                  .org("नवभारत")
                  .org("नहर समिति"));
      assertThat(d.quotes())
          .extracting(q -> speaker(d, q), q -> content(d, q))
          .containsExactlyInAnyOrder(
              tuple("नवभारत", "नहर समिति ने कहा है कि पानी छोड़ा जाएगा"),
              tuple("नहर समिति", "पानी छोड़ा जाएगा"));
    }

    @Test
    void aReportIsAnonymousUnlessItsPaperIsNamed() {
      Document anon = run(Docs.of("मीडिया रिपोर्ट्स के अनुसार दो नेता नाराज हैं।"));
      assertThat(anon.quotes())
          .singleElement()
          .satisfies(q -> assertThat(q.speakerKind()).isEqualTo(SpeakerKind.SOURCES));
      Document named =
          run(Docs.of("नवभारत में छपी खबर के अनुसार दो नेता नाराज हैं।").org("नवभारत"));
      assertThat(named.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(q.speakerKind()).isEqualTo(SpeakerKind.ORG);
                assertThat(speaker(named, q)).isEqualTo("नवभारत");
              });
    }
  }

  @Nested
  class ObjectForms {
    @Test
    void sayVerbWithNothingAfterTakesItsObject() {
      Document d = run(Docs.of("विमला राय ने इस फैसले को साजिश बताया।").person("विमला राय"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(q -> assertThat(content(d, q)).isEqualTo("इस फैसले को साजिश"));
    }

    @Test
    void purposeClauseBeforeSaid() {
      Document d =
          run(Docs.of("विमला राय ने अफसरों को सड़क जल्द बनाने के लिए कहा।").person("विमला राय"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(content(d, q)).isEqualTo("अफसरों को सड़क जल्द बनाने");
                assertThat(q.cue().in(d.text())).isEqualTo("के लिए कहा");
              });
    }

    @Test
    void particleBetweenPostpositionAndVerb() {
      Document d = run(Docs.of("विमला राय ने नई भर्ती की भी मांग की।").person("विमला राय"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(q -> assertThat(content(d, q)).isEqualTo("नई भर्ती"));
    }
  }

  @Nested
  class Impersonal {
    @Test
    void passiveReportsAreNotQuotes() {
      Document d = run(Docs.of("बताया जा रहा है कि बैठक टल गई।"));
      assertThat(d.quotes()).isEmpty();
    }
  }

  @Nested
  class Colon {
    @Test
    void headlineWithSpeakerAfterColon() {
      Document d =
          run(Docs.of("स्कूल जल्द खुलेंगे: सुधा मिश्रा", "पाठ यहां है।").person("सुधा मिश्रा"));
      assertThat(d.quotes())
          .singleElement()
          .satisfies(
              q -> {
                assertThat(content(d, q)).isEqualTo("स्कूल जल्द खुलेंगे");
                assertThat(speaker(d, q)).isEqualTo("सुधा मिश्रा");
              });
    }
  }

  @Test
  void everyQuoteCarriesProvenance() {
    Document d =
        run(
            Docs.of("सीता वर्मा ने कहा कि सड़क बनेगी। सूत्रों के मुताबिक काम शुरू है।")
                .person("सीता वर्मा"));
    assertThat(d.quotes()).hasSize(2);
    assertThat(d.quotes())
        .allSatisfy(
            q -> {
              assertThat(q.provenance().stage()).isEqualTo("quotes");
              assertThat(q.provenance().confidence()).isBetween(0.3, 1.0);
            });
    assertThat(List.of(d.quotes().get(0).provenance().rule()))
        .first()
        .asString()
        .startsWith("ergative");
  }
}

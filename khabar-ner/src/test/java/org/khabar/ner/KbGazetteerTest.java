package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.Organisation;
import org.khabar.kb.Party;
import org.khabar.kb.Person;
import org.khabar.kb.Place;

class KbGazetteerTest {

  private static final List<KbEntry> ENTRIES =
      List.of(
          new Place(
              "place:up",
              "उत्तर प्रदेश",
              "Uttar Pradesh",
              List.of("यूपी"),
              List.of(),
              Place.PlaceKind.STATE,
              null,
              null,
              "curated"),
          new Place(
              "place:lucknow",
              "लखनऊ",
              "Lucknow",
              List.of(),
              List.of(),
              Place.PlaceKind.CITY,
              null,
              null,
              "curated"),
          new Party(
              "party:sp",
              "समाजवादी पार्टी",
              "Samajwadi Party",
              List.of("सपा"),
              List.of(),
              List.of("SP"),
              null,
              false,
              "curated"),
          new Party(
              "party:aap",
              "आम आदमी पार्टी",
              "Aam Aadmi Party",
              List.of(),
              List.of("आप"),
              List.of(),
              null,
              true,
              "curated"),
          new Organisation(
              "org:eci",
              "चुनाव आयोग",
              "Election Commission",
              List.of(),
              List.of(),
              Organisation.OrgKind.COMMISSION,
              null,
              null,
              "curated"),
          new Place(
              "place:sikandarpur",
              "सिकंदरपुर",
              "Sikandarpur",
              List.of(),
              List.of(),
              Place.PlaceKind.BLOCK,
              null,
              null,
              "lgd"),
          new Place(
              "place:yadavpur",
              "यादवपुर",
              "Yadavpur",
              List.of(),
              List.of(),
              Place.PlaceKind.TOWN,
              null,
              null,
              "lgd"),
          new Place(
              "place:ramgopal",
              "रामगोपाल",
              "Ramgopal",
              List.of(),
              List.of(),
              Place.PlaceKind.TOWN,
              null,
              null,
              "lgd"),
          person("person:akhilesh", "अखिलेश यादव", "Akhilesh Yadav"),
          person("person:ram-gopal", "रामगोपाल यादव", "Ram Gopal Yadav"),
          person("person:mayawati", "मायावती", "Mayawati"),
          // a person and a place of the same name: the name needs context
          person("person:mathura", "मथुरा", "Mathura"),
          new Place(
              "place:mathura",
              "मथुरा",
              "Mathura",
              List.of(),
              List.of(),
              Place.PlaceKind.CITY,
              null,
              null,
              "curated"));

  private static Person person(String id, String name, String english) {
    return new Person(id, name, english, List.of(), List.of(), null, null, null, List.of(), "test");
  }

  private static final KbGazetteer GAZ = KbGazetteer.of(KnowledgeBase.of(ENTRIES));

  private static List<String> tokens(String s) {
    return List.of(s.split(" "));
  }

  @Nested
  class Names {
    @Test
    void aNameLabelsItsTokensWithItsType() {
      assertThat(GAZ.labels(tokens("लखनऊ में चुनाव आयोग ने कहा")))
          .containsExactly("B-PLACE", "O", "B-ORG", "I-ORG", "O", "O");
    }

    @Test
    void partiesAreLabelledApartFromOtherOrganisations() {
      assertThat(GAZ.labels(tokens("समाजवादी पार्टी और सपा")))
          .containsExactly("B-PARTY", "I-PARTY", "O", "B-PARTY");
    }

    @Test
    void theLongestNameWins() {
      assertThat(GAZ.labels(tokens("उत्तर प्रदेश")).get(0)).isEqualTo("B-PLACE");
      assertThat(GAZ.labels(tokens("आम आदमी पार्टी")))
          .containsExactly("B-PARTY", "I-PARTY", "I-PARTY");
    }

    @Test
    void latinNamesAreFoundToo() {
      assertThat(GAZ.labels(tokens("the Election Commission said")))
          .containsExactly("O", "B-ORG", "I-ORG", "O");
    }

    @Test
    void everyTokenGetsOneLabel() {
      assertThat(GAZ.labels(List.of())).isEmpty();
      assertThat(GAZ.labels(tokens("कोई नाम नहीं"))).containsExactly("O", "O", "O");
    }
  }

  @Nested
  class NamesNeedingContext {
    @Test
    void aNameTheKnowledgeBaseFlagsIsMarked() {
      assertThat(GAZ.labels(tokens("आप ने कहा")).get(0)).isEqualTo("B-PARTY?");
    }

    @Test
    void aNameSharedByEntriesOfDifferentTypesIsMarked() {
      assertThat(GAZ.labels(tokens("मथुरा में")).get(0)).endsWith("?");
    }
  }

  @Nested
  class NameWords {
    @Test
    void firstAndLastWordsOfPeoplesNamesAreLabelledWherever() {
      assertThat(GAZ.labels(tokens("अखिलेश ने यादव से कहा")))
          .containsExactly("GIVEN", "O", "SURNAME", "O", "O");
    }

    @Test
    void theyAddToTheLabelOfAName() {
      assertThat(GAZ.labels(tokens("अखिलेश यादव")))
          .containsExactly("B-PERSON|GIVEN", "I-PERSON|SURNAME");
    }

    @Test
    void singleWordNamesGiveNoNameWords() {
      assertThat(GAZ.labels(tokens("मायावती")).get(0)).isEqualTo("B-PERSON");
    }

    @Test
    void theyCanBeLeftOut() {
      KbGazetteer namesOnly = KbGazetteer.of(KnowledgeBase.of(ENTRIES), false, false);
      assertThat(namesOnly.labels(tokens("अखिलेश ने"))).containsExactly("O", "O");
      assertThat(namesOnly.id()).isNotEqualTo(GAZ.id());
    }
  }

  @Nested
  class Localities {
    private final KbGazetteer tiers = KbGazetteer.of(KnowledgeBase.of(ENTRIES), true, true);

    @Test
    void townsAndBlocksAreLabelledApartFromLargerPlaces() {
      assertThat(tiers.id()).isEqualTo(KbGazetteer.ID_TIERS);
      assertThat(tiers.labels(tokens("लखनऊ और सिकंदरपुर में")))
          .containsExactly("B-PLACE", "O", "B-LOCALITY", "O");
    }

    @Test
    void aOneWordPlaceThatAlsoBeginsOrEndsAPersonsNameNeedsContext() {
      assertThat(tiers.labels(tokens("यादवपुर और अखिलेश")).get(0)).isEqualTo("B-LOCALITY");
      assertThat(tiers.labels(tokens("रामगोपाल")).get(0)).isEqualTo("B-LOCALITY?");
    }
  }

  @Nested
  class Combined {
    private final CompositeGazetteer both =
        new CompositeGazetteer(
            List.of(new ListGazetteer("test-lists", java.util.Map.of("लखनऊ", "PLACE")), GAZ));

    @Test
    void labelsAreJoinedInTheOrderOfTheParts() {
      assertThat(both.id()).isEqualTo("test-lists+" + KbGazetteer.ID);
      assertThat(both.labels(tokens("लखनऊ और सपा")))
          .containsExactly("B-PLACE|B-PLACE", "O", "B-PARTY");
    }

    @Test
    void eachPartIsOneFeature() {
      List<String> features = new java.util.ArrayList<>();
      new FeatureExtractor(Lexicon.shipped(), WordClusters.empty())
          .gazetteerFeatures("B-PLACE|B-PERSON?|GIVEN", -1, features::add);
      assertThat(features).containsExactly("gz-1=B-PLACE", "gz-1=B-PERSON?", "gz-1=GIVEN");
    }
  }

  @Nested
  class InAModel {
    @Test
    void aModelCarriesTheTablesAndTagsAlikeAfterReading() throws Exception {
      CompositeGazetteer both =
          new CompositeGazetteer(
              List.of(new ListGazetteer("test-lists", java.util.Map.of("लखनऊ", "PLACE")), GAZ));
      NerModel m =
          NerTrainer.train(
              TestModels.sentences(),
              Lexicon.shipped(),
              WordClusters.empty(),
              both,
              TrainingConfig.maxentV1().withIterations(50),
              new PrintWriter(Writer.nullWriter()));
      assertThat(m.gazetteerId()).isEqualTo(both.id());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      m.write(bytes);
      NerModel read = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
      assertThat(read.gazetteerId()).isEqualTo(both.id());
      List<String> s = tokens("सपा के अखिलेश यादव ने लखनऊ में कहा ।");
      assertThat(read.builtInGazetteer().orElseThrow().labels(s)).isEqualTo(both.labels(s));
      assertThat(new NerTagger(read).tag(s)).isEqualTo(new NerTagger(m).tag(s));
      NerTaggerTest.assertAgree(new NerTagger(read), List.of(s));
    }

    @Test
    void writingIsDeterministic() throws Exception {
      NerModel m =
          NerTrainer.train(
              TestModels.sentences(),
              Lexicon.shipped(),
              WordClusters.empty(),
              GAZ,
              TrainingConfig.maxentV1().withIterations(20),
              new PrintWriter(Writer.nullWriter()));
      ByteArrayOutputStream a = new ByteArrayOutputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      m.write(a);
      NerModel.read(new ByteArrayInputStream(a.toByteArray())).write(b);
      assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    }
  }
}

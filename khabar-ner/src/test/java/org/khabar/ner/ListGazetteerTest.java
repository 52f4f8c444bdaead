package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ListGazetteerTest {

  private static final ListGazetteer LISTS =
      new ListGazetteer(
          "test-lists",
          Map.of(
              "उत्तर प्रदेश", "PLACE",
              "प्रदेश", "PLACE",
              "समाजवादी पार्टी", "ORG",
              "यादव", "SURNAME",
              "अखिलेश", "GIVEN"));

  private static List<String> tokens(String s) {
    return List.of(s.split(" "));
  }

  @Nested
  class Matching {
    @Test
    void theLongestEntryWins() {
      assertThat(LISTS.labels(tokens("उत्तर प्रदेश में")))
          .containsExactly("B-PLACE", "I-PLACE", "O");
    }

    @Test
    void adjacentEntriesAreSeparateMatches() {
      assertThat(LISTS.labels(tokens("समाजवादी पार्टी के अखिलेश यादव")))
          .containsExactly("B-ORG", "I-ORG", "O", "B-GIVEN", "B-SURNAME");
    }

    @Test
    void spellingVariantsMatchByKey() {
      assertThat(LISTS.labels(tokens("उत्तर प्रदेश\u200C"))).containsExactly("B-PLACE", "I-PLACE");
    }

    @Test
    void oneLabelPerTokenAlways() {
      for (List<String> s : NerTaggerTest.randomSentences(3, 100)) {
        assertThat(LISTS.labels(s)).hasSize(s.size());
      }
    }
  }

  @Nested
  class Shipped {
    @Test
    void theShippedListsKnowStatesPartiesAndNames() {
      ListGazetteer g = ListGazetteer.shipped();
      assertThat(g.id()).isEqualTo("lists-v1");
      assertThat(g.labels(tokens("उत्तर प्रदेश में भाजपा नेता अमित शाह")))
          .containsExactly("B-PLACE", "I-PLACE", "O", "B-ORG", "O", "B-GIVEN", "B-SURNAME");
    }
  }

  @Nested
  class InAModel {
    @Test
    void aModelTrainedWithListsCarriesThemAndUsesThem() throws Exception {
      NerModel m =
          NerTrainer.train(
              TestModels.sentences(),
              Lexicon.shipped(),
              WordClusters.empty(),
              LISTS,
              TrainingConfig.maxentV1().withIterations(50),
              new PrintWriter(Writer.nullWriter()));
      assertThat(m.gazetteerId()).isEqualTo("test-lists");
      assertThat(m.builtInGazetteer()).contains(LISTS);
      NerTagger t = new NerTagger(m);
      NerTaggerTest.assertAgree(t, List.of(tokens("समाजवादी पार्टी के अखिलेश यादव ने कहा ।")));
    }
  }
}

package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A model that sees the previous two tags, and its exact decoding over pairs of tags. */
class SecondOrderTest {

  private static final NerTagger TAGGER = new NerTagger(TestModels.tinySecondOrder());

  private static final List<List<String>> SENTENCES = TestModels.UNSEEN;

  @Nested
  class Features {
    @Test
    void theTwoPreviousTagsAreFeaturesAloneAndWithTheWordShape() {
      List<String> f = new ArrayList<>();
      TestModels.tinySecondOrder().features().secondOrderFeatures("O", "B-PERSON", "शर्मा", f::add);
      assertThat(f).hasSize(2);
      assertThat(f.get(0)).isEqualTo("t-2t-1=O|B-PERSON");
      assertThat(f.get(1)).startsWith("t-2t-1sh=O|B-PERSON|");
    }

    @Test
    void aFirstOrderExtractorLeavesThemOut() {
      String[] words = {"अनीता", "शर्मा"};
      String[] keys = {Words.key(words[0]), Words.key(words[1])};
      FeatureExtractor first = TestModels.tiny().features();
      String[] lex = first.lexiconClasses(keys);
      String[] gaz = {Gazetteer.NONE_LABEL, Gazetteer.NONE_LABEL};
      assertThat(first.context(words, keys, lex, gaz, 1, "O", "B-PERSON"))
          .noneMatch(s -> s.startsWith("t-2"));
      assertThat(
              TestModels.tinySecondOrder()
                  .features()
                  .context(words, keys, lex, gaz, 1, "O", "B-PERSON"))
          .contains("t-2t-1=O|B-PERSON");
    }
  }

  @Nested
  class Decoding {
    @Test
    void theFastScorerAgreesWithOpenNlpForEveryPairOfPreviousTags() {
      NerTaggerTest.assertAgree(TAGGER, SENTENCES);
    }

    @Test
    void viterbiFindsTheBestValidSequenceByBruteForce() {
      for (List<String> s :
          List.of(
              List.of("सांसद", "अनीता", "शर्मा", "ने"),
              List.of("लोक", "जनशक्ति", "पार्टी"),
              List.of("मंत्री", "सुनीता", "देवी"))) {
        List<String> decoded = TAGGER.tag(s);
        List<String> best = bruteForce(s);
        assertThat(logScore(s, decoded)).isCloseTo(logScore(s, best), within(1e-9));
      }
    }

    @Test
    void tokenProbabilitiesAreMarginalsBetweenZeroAndOne() {
      for (List<String> s : SENTENCES) {
        Tagging t = TAGGER.tagWithProbabilities(s);
        assertThat(t.tags()).hasSize(s.size());
        assertThat(Bio.spans(t.tags())).isNotNull();
        assertThat(t.probabilities()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
      }
    }
  }

  @Nested
  class ModelFile {
    @Test
    void aSecondOrderModelReadsBackWithItsOrderAndTagsTheSame() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      TestModels.tinySecondOrder().write(bytes);
      NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
      assertThat(back.features().tagOrder()).isEqualTo(2);
      NerTagger t = new NerTagger(back);
      for (List<String> s : SENTENCES) {
        assertThat(t.tagWithProbabilities(s)).isEqualTo(TAGGER.tagWithProbabilities(s));
      }
    }

    @Test
    void aFirstOrderModelKeepsItsOrder() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      TestModels.tiny().write(bytes);
      NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
      assertThat(back.features().tagOrder()).isEqualTo(1);
    }
  }

  /** The sum of the local log-probabilities of a tag sequence under the model. */
  private static double logScore(List<String> tokens, List<String> tags) {
    NerModel m = TestModels.tinySecondOrder();
    int n = m.maxent().getNumOutcomes();
    double sum = 0;
    for (int i = 0; i < tags.size(); i++) {
      int prev = i == 0 ? n : m.maxent().getIndex(tags.get(i - 1));
      int prev2 = i <= 1 ? n : m.maxent().getIndex(tags.get(i - 2));
      double[] p = TAGGER.localProbabilities(tokens, i, prev2, prev)[1];
      sum += Math.log(p[m.maxent().getIndex(tags.get(i))]);
    }
    return sum;
  }

  private static List<String> bruteForce(List<String> tokens) {
    List<String> labels = TestModels.labels(TestModels.tinySecondOrder());
    List<String> best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (List<String> tags : TestModels.validSequences(labels, tokens.size())) {
      double s = logScore(tokens, tags);
      if (s > top) {
        top = s;
        best = tags;
      }
    }
    return best;
  }
}

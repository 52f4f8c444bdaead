package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.sequence.SequenceExample;

/** A linear-chain CRF learnt with Tribuo, handed over to the tagger and decoded globally. */
class CrfTest {

  private static final NerTagger TAGGER = new NerTagger(TestModels.tinyCrf());

  private static final List<List<String>> SENTENCES = TestModels.UNSEEN;

  @Nested
  class Learning {
    @Test
    void learntSentencesAreTaggedAsTaught() {
      for (LabeledSentence s : TestModels.sentences()) {
        assertThat(TAGGER.tag(s.tokens())).as(s.tokens().toString()).isEqualTo(s.tags());
      }
    }

    @Test
    void theModelIsMarkedAsACrfWithTransitionWeights() {
      NerModel m = TestModels.tinyCrf();
      assertThat(m.crf()).isTrue();
      assertThat(m.weights()).containsKey("t-1=B-PERSON").doesNotContainKey("t-1=<S>");
      assertThat(m.weights().keySet())
          .noneMatch(f -> f.startsWith("t-1w0=") || f.startsWith("t-1c0="));
    }

    @Test
    void theExportedWeightsTagAsTribuosOwnModel() {
      Gazetteer none = Gazetteer.NONE;
      FeatureExtractor fx = TestModels.tinyCrf().features();
      CrfLearner.Trained trained =
          CrfLearner.train(
              TestModels.sentences(), fx, none, 40, 1, new PrintWriter(Writer.nullWriter()));
      NerTagger exported = new NerTagger(new NerModel("t", none.id(), fx, trained.weights(), true));
      LabelFactory factory = new LabelFactory();
      List<List<String>> all = new ArrayList<>(SENTENCES);
      TestModels.sentences().forEach(s -> all.add(s.tokens()));
      for (List<String> s : all) {
        String[][] f = CrfLearner.observations(fx, none, s, new HashMap<>());
        List<Example<Label>> tokens = new ArrayList<>();
        for (String[] token : f) {
          tokens.add(CrfLearner.example(factory.getUnknownOutput(), List.of(token)));
        }
        List<String> tribuo = new ArrayList<>();
        for (Prediction<Label> p : trained.tribuo().predict(new SequenceExample<>(tokens))) {
          tribuo.add(p.getOutput().getLabel());
        }
        assertThat(exported.tag(s)).as(s.toString()).isEqualTo(tribuo);
      }
    }
  }

  @Nested
  class Decoding {
    @Test
    void theFastScorerAgreesWithTheReferenceSums() {
      NerTaggerTest.assertAgree(TAGGER, SENTENCES);
    }

    @Test
    void viterbiAndMarginalsMatchBruteForceOverValidSequences() {
      for (List<String> s :
          List.of(
              List.of("सांसद", "अनीता", "शर्मा", "ने"),
              List.of("लोक", "जनशक्ति", "पार्टी"),
              List.of("मंत्री", "सुनीता", "देवी", "ने"))) {
        Tagging t = TAGGER.tagWithProbabilities(s);
        List<String> labels = TestModels.labels(TestModels.tinyCrf());
        double top = Double.NEGATIVE_INFINITY;
        List<String> best = null;
        double z = 0;
        Map<List<String>, Double> weight = new HashMap<>();
        for (List<String> tags : TestModels.validSequences(labels, s.size())) {
          double score = score(s, tags);
          weight.put(tags, Math.exp(score));
          z += Math.exp(score);
          if (score > top) {
            top = score;
            best = tags;
          }
        }
        assertThat(t.tags()).isEqualTo(best);
        for (int i = 0; i < s.size(); i++) {
          final int at = i;
          double marginal =
              weight.entrySet().stream()
                      .filter(e -> e.getKey().get(at).equals(t.tags().get(at)))
                      .mapToDouble(Map.Entry::getValue)
                      .sum()
                  / z;
          assertThat(t.probabilities().get(i)).isCloseTo(marginal, within(1e-9));
        }
      }
    }
  }

  @Nested
  class ModelFile {
    @Test
    void aCrfReadsBackAsACrfAndTagsTheSame() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      TestModels.tinyCrf().write(bytes);
      NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
      assertThat(back.crf()).isTrue();
      NerTagger t = new NerTagger(back);
      for (List<String> s : SENTENCES) {
        assertThat(t.tagWithProbabilities(s)).isEqualTo(TAGGER.tagWithProbabilities(s));
      }
    }

    @Test
    void clusterContextFeaturesAreRecordedInTheFile() throws IOException {
      NerModel m = TestModels.tinyCrf();
      NerModel withPairs =
          new NerModel(
              "pairs",
              m.gazetteerId(),
              new FeatureExtractor(m.features().lexicon(), m.features().clusters(), 1, true),
              m.maxent(),
              true);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      withPairs.write(bytes);
      NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
      assertThat(back.features().clusterPairs()).isTrue();
      assertThat(back.crf()).isTrue();
    }
  }

  /** The sum of the log potentials of a tag sequence, from the reference scorer. */
  private static double score(List<String> tokens, List<String> tags) {
    NerModel m = TestModels.tinyCrf();
    LocalScores ref = new LibraryScorer(m).prepare(tokens, Gazetteer.NONE.labels(tokens));
    int n = m.maxent().getNumOutcomes();
    double[] probs = new double[n];
    double[] raw = new double[n];
    double sum = 0;
    for (int i = 0; i < tags.size(); i++) {
      int prev = i == 0 ? n : m.maxent().getIndex(tags.get(i - 1));
      ref.scores(i, n, prev, probs, raw);
      sum += raw[m.maxent().getIndex(tags.get(i))];
    }
    return sum;
  }
}

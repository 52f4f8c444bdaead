package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NerTaggerTest {

  private static final NerTagger TAGGER = new NerTagger(TestModels.tiny());

  private static List<String> tokens(String s) {
    return List.of(s.split(" "));
  }

  /** Random token sequences from Hindi words, Latin, digits and punctuation. */
  static List<List<String>> randomSentences(long seed, int count) {
    List<String> pool =
        List.of(
            "मुख्यमंत्री",
            "ने",
            "को",
            "में",
            "श्री",
            "जी",
            "डॉ.",
            "पटना",
            "राम",
            "BJP",
            "G20",
            "2024",
            "।",
            ",",
            "\"",
            "कोविड-19",
            "ज़िले",
            "गाँव",
            "क्\u200Dष",
            "x",
            "के",
            "की",
            "साहब",
            "अध्यक्ष");
    Random r = new Random(seed);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = r.nextInt(30);
      List<String> s = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        s.add(pool.get(r.nextInt(pool.size())));
      }
      out.add(s);
    }
    return out;
  }

  @Nested
  class Tags {
    @Test
    void learntSentencesAreTaggedAsTaught() {
      for (LabeledSentence s : TestModels.sentences()) {
        assertThat(TAGGER.tag(s.tokens())).as(String.join(" ", s.tokens())).isEqualTo(s.tags());
      }
    }

    @Test
    void anEmptySentenceHasNoTags() {
      assertThat(TAGGER.tag(List.of())).isEmpty();
    }

    @Test
    void probabilitiesComeWithEachTag() {
      Tagging t =
          TAGGER.tagWithProbabilities(tokens("सांसद मनोज तिवारी ने दिल्ली में प्रदर्शन किया ।"));
      assertThat(t.size()).isEqualTo(9);
      assertThat(t.probabilities()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    }
  }

  @Nested
  class Invariants {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20260101})
    void oneValidBioTagPerToken(long seed) {
      for (List<String> s : randomSentences(seed, 200)) {
        Tagging t = TAGGER.tagWithProbabilities(s);
        assertThat(t.tags()).hasSize(s.size());
        for (int i = 0; i < s.size(); i++) {
          String tag = t.tags().get(i);
          assertThat(Bio.TAGS).contains(tag);
          if (tag.startsWith("I-")) {
            String prev = i == 0 ? "O" : t.tags().get(i - 1);
            assertThat(prev.substring(Math.min(2, prev.length()))).isEqualTo(tag.substring(2));
          }
        }
      }
    }

    @Test
    void severalThreadsGetTheSameTags() throws Exception {
      List<List<String>> sentences = randomSentences(42, 300);
      List<List<String>> expected = sentences.stream().map(TAGGER::tag).toList();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<List<String>>>> runs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
          runs.add(pool.submit(() -> sentences.stream().map(TAGGER::tag).toList()));
        }
        for (Future<List<List<String>>> f : runs) {
          assertThat(f.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Nested
  class FastScorerAgreesWithOpenNlp {
    @Test
    void localProbabilitiesMatchForEveryPositionAndPreviousLabel() {
      List<List<String>> sentences = new ArrayList<>(randomSentences(9, 40));
      TestModels.sentences().forEach(s -> sentences.add(s.tokens()));
      assertAgree(TAGGER, sentences);
    }
  }

  /** Asserts the fast scorer and OpenNLP's evaluation agree on every local distribution and tag. */
  static void assertAgree(NerTagger tagger, List<List<String>> sentences) {
    int n = tagger.labelCount();
    int firstPrev2 = tagger.model().features().tagOrder() == 2 ? 0 : n;
    for (List<String> s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        for (int prev2 = firstPrev2; prev2 <= n; prev2++) {
          for (int prev = 0; prev <= n; prev++) {
            double[][] p = tagger.localProbabilities(s, i, prev2, prev);
            for (int c = 0; c < n; c++) {
              assertThat(p[0][c]).isCloseTo(p[1][c], within(1e-9));
            }
          }
        }
      }
      Tagging fast = tagger.tagWithProbabilities(s);
      Tagging lib = tagger.tagWithLibrary(s);
      assertThat(fast.tags()).isEqualTo(lib.tags());
      for (int i = 0; i < s.size(); i++) {
        assertThat(fast.probabilities().get(i)).isCloseTo(lib.probabilities().get(i), within(1e-9));
      }
    }
  }

  @Nested
  class Models {
    @Test
    void aWrittenModelReadsBackAndTagsTheSame() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      TestModels.tiny().write(bytes);
      NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
      assertThat(back.id()).isEqualTo("ner-test-tiny");
      assertThat(back.featureCount()).isEqualTo(TestModels.tiny().featureCount());
      NerTagger t = new NerTagger(back);
      for (List<String> s : randomSentences(5, 50)) {
        assertThat(t.tagWithProbabilities(s)).isEqualTo(TAGGER.tagWithProbabilities(s));
      }
    }

    @Test
    void garbageIsNotAModel() {
      assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
          .isInstanceOf(IOException.class);
    }

    @Test
    void aGazetteerMustMatchTheModel() {
      Gazetteer other =
          new Gazetteer() {
            @Override
            public String id() {
              return "parties-v1";
            }

            @Override
            public List<String> labels(List<String> tokens) {
              return Gazetteer.NONE.labels(tokens);
            }
          };
      assertThatThrownBy(() -> new NerTagger(TestModels.tiny(), other))
          .hasMessageContaining("parties-v1");
    }
  }
}

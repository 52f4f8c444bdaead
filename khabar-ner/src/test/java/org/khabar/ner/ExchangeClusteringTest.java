package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExchangeClusteringTest {

  private static final List<String> NAMES = List.of("राम", "सीता", "मोहन", "गीता", "अमित", "रीना");
  private static final List<String> CITIES =
      List.of("पटना", "दिल्ली", "लखनऊ", "भोपाल", "जयपुर", "रांची");

  /**
   * A toy language of random (cue, name, marker) and (cue, city, marker) triples: names come after
   * "श्री" or "नेता" and before "ने" or "को"; cities after "शहर" or "जिला" and before "में" or
   * "से".
   */
  private static List<List<String>> corpus(long seed) {
    return corpus(seed, true);
  }

  /** The toy language; without {@code distinctCues} every name and city comes after "और". */
  private static List<List<String>> corpus(long seed, boolean distinctCues) {
    Random r = new Random(seed);
    List<List<String>> out = new ArrayList<>();
    for (int s = 0; s < 400; s++) {
      List<String> sent = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        if (r.nextBoolean()) {
          sent.add(!distinctCues ? "और" : r.nextBoolean() ? "श्री" : "नेता");
          sent.add(NAMES.get(r.nextInt(NAMES.size())));
          sent.add(r.nextBoolean() ? "ने" : "को");
        } else {
          sent.add(!distinctCues ? "और" : r.nextBoolean() ? "शहर" : "जिला");
          sent.add(CITIES.get(r.nextInt(CITIES.size())));
          sent.add(r.nextBoolean() ? "में" : "से");
        }
      }
      out.add(sent);
    }
    return out;
  }

  private static void assertNamesAndCitiesApart(WordClusters c, int g) {
    for (String name : NAMES) {
      for (String city : CITIES) {
        assertThat(c.classOf(name, g)).as(name + " / " + city).isNotEqualTo(c.classOf(city, g));
      }
    }
  }

  @Test
  void wordsWithDifferentPredecessorsFallApart() {
    WordClusters c =
        ExchangeClustering.cluster(
            corpus(7), new int[] {6}, new ExchangeClustering.Config(1, 100, 20));
    assertNamesAndCitiesApart(c, 0);
  }

  @Test
  void rightContextClassesComeAfterTheLeftOnes() {
    // Names and cities share their predecessor; only their followers tell them apart.
    List<List<String>> text = corpus(11, false);
    WordClusters c =
        ExchangeClustering.clusterBothSides(
            text, new int[] {6}, new int[] {6}, new ExchangeClustering.Config(1, 100, 20));
    assertThat(c.sizes()).containsExactly(6, 6);
    assertNamesAndCitiesApart(c, 1);
  }

  @Test
  void isDeterministic() {
    ExchangeClustering.Config config = new ExchangeClustering.Config(1, 100, 5);
    WordClusters a = ExchangeClustering.cluster(corpus(3), new int[] {3, 5}, config);
    WordClusters b = ExchangeClustering.cluster(corpus(3), new int[] {3, 5}, config);
    for (String w : List.of("राम", "पटना", "ने", "में", "से")) {
      assertThat(a.classOf(w, 0)).isEqualTo(b.classOf(w, 0));
      assertThat(a.classOf(w, 1)).isEqualTo(b.classOf(w, 1));
    }
  }

  @Test
  void rareWordsHaveNoClass() {
    List<List<String>> text = new ArrayList<>(corpus(1));
    text.add(List.of("अनोखा", "ने"));
    WordClusters c =
        ExchangeClustering.cluster(text, new int[] {4}, new ExchangeClustering.Config(2, 100, 3));
    assertThat(c.classOf("अनोखा", 0)).isEqualTo(-1);
    assertThat(c.classOf("राम", 0)).isNotNegative();
  }
}

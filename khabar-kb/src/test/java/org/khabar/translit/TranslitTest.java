package org.khabar.translit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shipped transliterator: rules plus the learnt graphone model. */
class TranslitTest {

  private static final Translit T = Translit.shipped();

  @Nested
  class LatinToDevanagari {
    @Test
    void findsTheUsualSpellingsOfNames() {
      assertThat(T.devanagariCandidates("rahul")).first().isEqualTo("राहुल");
      assertThat(T.devanagariCandidates("kharge")).contains("खरगे");
      assertThat(T.devanagariCandidates("khadge")).contains("खड़गे");
      assertThat(T.devanagariCandidates("tejaswi")).first().isEqualTo("तेजस्वी");
      assertThat(T.devanagariCandidates("gandhi")).first().isEqualTo("गांधी");
    }

    @Test
    void spellsPhrasesWordByWord() {
      assertThat(T.toDevanagari("Rahul Gandhi", 3)).first().isEqualTo("राहुल गांधी");
    }

    @Test
    void returnsNothingForNonLetters() {
      assertThat(T.toDevanagari("2024", 3)).isEmpty();
    }
  }

  @Nested
  class DevanagariToLatin {
    @Test
    void givesTheNewsFormFirst() {
      assertThat(T.toLatin("मल्लिकार्जुन खरगे")).isEqualTo("mallikarjun kharge");
      assertThat(T.toLatin("राहुल गांधी")).isEqualTo("rahul gandhi");
    }

    @Test
    void offersVariants() {
      assertThat(T.latinCandidates("तेजस्वी")).contains("tejasvi", "tejaswi");
    }

    @Test
    void keepsSeparatorsOfPhrases() {
      assertThat(T.toLatin("लालू-तेजस्वी")).contains("-");
    }
  }

  @Test
  void givesTheSameAnswersFromSeveralThreads() throws Exception {
    List<String> words = List.of("राहुल", "नीतीश", "अखिलेश", "ममता", "केजरीवाल", "योगी", "शाह");
    List<String> expected = words.stream().map(T::toLatin).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> words.stream().map(T::toLatin).toList()));
      }
      for (Future<List<String>> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}

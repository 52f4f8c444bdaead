package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.model.EntityType;

class BioAndScoresTest {

  @Nested
  class Spans {
    @Test
    void beginAndInsideMakeOneSpan() {
      assertThat(Bio.spans(List.of("B-PERSON", "I-PERSON", "O", "B-PLACE")))
          .containsExactly(
              new NerSpan(0, 2, EntityType.PERSON), new NerSpan(3, 4, EntityType.PLACE));
    }

    @Test
    void adjacentBeginsAreTwoSpans() {
      assertThat(Bio.spans(List.of("B-ORG", "B-ORG"))).hasSize(2);
    }

    @Test
    void insideAfterAnotherTypeStartsASpan() {
      assertThat(Bio.spans(List.of("B-PERSON", "I-PLACE")))
          .containsExactly(
              new NerSpan(0, 1, EntityType.PERSON), new NerSpan(1, 2, EntityType.PLACE));
    }

    @Test
    void aSpanMayEndTheSentence() {
      assertThat(Bio.spans(List.of("O", "B-PLACE", "I-PLACE")))
          .containsExactly(new NerSpan(1, 3, EntityType.PLACE));
    }
  }

  @Nested
  class Scores {
    @Test
    void exactSpanAndTypeMatchOnly() {
      List<List<String>> gold = List.of(List.of("B-PERSON", "I-PERSON", "O", "B-PLACE", "B-ORG"));
      List<List<String>> pred = List.of(List.of("B-PERSON", "O", "O", "B-PLACE", "B-PLACE"));
      NerScores s = NerScores.score(gold, pred);
      assertThat(s.byType().get(EntityType.PLACE).truePositives()).isEqualTo(1);
      assertThat(s.byType().get(EntityType.PLACE).falsePositives()).isEqualTo(1);
      assertThat(s.byType().get(EntityType.PERSON).falseNegatives()).isEqualTo(1);
      assertThat(s.byType().get(EntityType.ORG).recall()).isZero();
      assertThat(s.overall().precision()).isCloseTo(1.0 / 3, within(1e-12));
      assertThat(s.overall().recall()).isCloseTo(1.0 / 3, within(1e-12));
      assertThat(s.table()).contains("PERSON").contains("ALL");
    }

    @Test
    void perfectTaggingScoresOne() {
      List<List<String>> gold = List.of(List.of("B-ORG", "I-ORG"), List.of("O"));
      assertThat(NerScores.score(gold, gold).overall().f1()).isEqualTo(1.0);
    }

    @Test
    void nothingToFindScoresZeroWithoutDividingByZero() {
      List<List<String>> none = List.of(List.of("O", "O"));
      assertThat(NerScores.score(none, none).overall().f1()).isZero();
    }
  }
}

package org.khabar.translit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.translit.GraphoneTrainer.Pair;

/** Training and persistence on a toy set of pairs written for this test. */
class GraphoneModelTest {

  private static List<Pair> toyPairs() {
    String[][] words = {
      {"ram", "राम"}, {"raj", "राज"}, {"rajan", "राजन"}, {"kamal", "कमल"}, {"kamla", "कमला"},
      {"mala", "माला"}, {"lal", "लाल"}, {"jal", "जल"}, {"nal", "नल"}, {"man", "मन"},
      {"naman", "नमन"}, {"lalan", "ललन"}, {"manoj", "मनोज"}, {"raja", "राजा"}, {"rama", "रमा"}
    };
    List<Pair> out = new ArrayList<>();
    for (String[] w : words) {
      out.add(new Pair(w[0], w[1], 1));
    }
    return out;
  }

  @Test
  void learnsToTransliterateItsTrainingWordsBothWays() {
    GraphoneModel m = GraphoneTrainer.train(toyPairs(), 3, 5);
    assertThat(m.toLatin("कमल", 3)).extracting(GraphoneModel.Candidate::text).contains("kamal");
    assertThat(m.toDevanagari("manoj", 3))
        .extracting(GraphoneModel.Candidate::text)
        .contains("मनोज");
  }

  @Test
  void generalisesToAnUnseenCombination() {
    GraphoneModel m = GraphoneTrainer.train(toyPairs(), 3, 5);
    assertThat(m.toDevanagari("maral", 5)).isNotEmpty();
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    GraphoneModel m = GraphoneTrainer.train(toyPairs(), 3, 5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    GraphoneModel back = GraphoneModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.toLatin("राजन", 3)).isEqualTo(m.toLatin("राजन", 3));
    assertThat(back.toDevanagari("lalan", 3)).isEqualTo(m.toDevanagari("lalan", 3));
  }

  @Test
  void candidatesAreBestFirstAndDistinct() {
    GraphoneModel m = GraphoneTrainer.train(toyPairs(), 3, 5);
    List<GraphoneModel.Candidate> cs = m.toLatin("माला", 5);
    for (int i = 1; i < cs.size(); i++) {
      assertThat(cs.get(i).logProb()).isLessThanOrEqualTo(cs.get(i - 1).logProb());
    }
    assertThat(cs).extracting(GraphoneModel.Candidate::text).doesNotHaveDuplicates();
  }
}

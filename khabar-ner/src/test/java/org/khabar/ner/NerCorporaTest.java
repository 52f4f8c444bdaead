package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerCorporaTest {

  @Test
  void aboutFifteenPercentOfSentencesAreHeldOut() {
    List<List<String>> sentences = NerTaggerTest.randomSentences(77, 4000);
    long held = sentences.stream().filter(NerCorpora::isHeldOut).count();
    assertThat(held).isBetween(4000L * 12 / 100, 4000L * 18 / 100);
  }

  @Test
  void theSplitDependsOnlyOnTheTokens() {
    List<String> s = List.of("पटना", "में", "बैठक", "हुई", "।");
    assertThat(NerCorpora.isHeldOut(s)).isEqualTo(NerCorpora.isHeldOut(List.copyOf(s)));
  }

  @Test
  void aDirectoryWithoutCorporaIsNotAvailable() {
    assertThat(new NerCorpora(Path.of("/nonexistent")).available()).isFalse();
  }
}

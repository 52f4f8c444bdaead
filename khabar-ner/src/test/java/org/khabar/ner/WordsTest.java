package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Nested
  class Keys {
    @Test
    void precomposedAndCombiningNuktaShareAKey() {
      assertThat(Words.key("\u095B\u093F\u0932\u0947")).isEqualTo(Words.key("ज\u093C\u093Fले"));
      assertThat(Words.key("ज़िले")).isEqualTo(Words.key("जिले"));
    }

    @Test
    void chandrabinduFoldsToAnusvara() {
      assertThat(Words.key("गाँव")).isEqualTo(Words.key("गांव"));
    }

    @Test
    void zeroWidthJoinersAreIgnored() {
      assertThat(Words.key("क्\u200Dष")).isEqualTo(Words.key("क्ष"));
      assertThat(Words.key("\uFEFFपटना")).isEqualTo("पटना");
    }

    @Test
    void latinIsLowerCased() {
      assertThat(Words.key("BJP")).isEqualTo("bjp");
    }

    @Test
    void plainWordsAreReturnedAsTheyAre() {
      String w = "दिल्ली";
      assertThat(Words.key(w)).isSameAs(w);
    }
  }

  @Nested
  class Shapes {
    @Test
    void devanagariLettersCollapseAndSignsVanish() {
      assertThat(Words.shape("मोदी")).isEqualTo("a");
      assertThat(Words.shape("डॉ.")).isEqualTo("a.");
    }

    @Test
    void latinCaseAndDigits() {
      assertThat(Words.shape("BJP")).isEqualTo("X");
      assertThat(Words.shape("G20")).isEqualTo("Xd");
      assertThat(Words.shape("कोविड-19")).isEqualTo("a-d");
      assertThat(Words.shape("२०२४")).isEqualTo("d");
    }
  }

  @Nested
  class Scripts {
    @Test
    void classesOfTokens() {
      assertThat(Words.script("लखनऊ")).isEqualTo("DEVA");
      assertThat(Words.script("Congress")).isEqualTo("LATIN");
      assertThat(Words.script("2024")).isEqualTo("DIGIT");
      assertThat(Words.script("।")).isEqualTo("PUNCT");
      assertThat(Words.script("कोविड19")).isEqualTo("MIXED");
    }
  }

  @Nested
  class Affixes {
    @Test
    void prefixesAndSuffixesByChars() {
      assertThat(Words.prefix("अखिलेश", 2)).isEqualTo("अख");
      assertThat(Words.suffix("गोरखपुर", 3)).isEqualTo("पुर");
      assertThat(Words.suffix("का", 4)).isEqualTo("का");
    }

    @Test
    void lengthBuckets() {
      assertThat(Words.lengthBucket("का")).isEqualTo("2");
      assertThat(Words.lengthBucket("मुख्यमंत्री")).isEqualTo("10+");
    }
  }
}

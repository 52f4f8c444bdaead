package org.khabar.translit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DevanagariTest {

  @Nested
  class Fold {
    @Test
    void dropsNuktaInEitherEncoding() {
      assertThat(Devanagari.fold("खड़गे")).isEqualTo(Devanagari.fold("खडगे"));
      assertThat(Devanagari.fold("\u095B\u093F\u0932\u093E")).isEqualTo(Devanagari.fold("जिला"));
    }

    @Test
    void writesChandrabinduAsAnusvara() {
      assertThat(Devanagari.fold("गाँधी")).isEqualTo(Devanagari.fold("गांधी"));
    }

    @Test
    void writesANasalBeforeAConsonantAsAnusvara() {
      assertThat(Devanagari.fold("गान्धी")).isEqualTo(Devanagari.fold("गांधी"));
      assertThat(Devanagari.fold("हिन्दी")).isEqualTo(Devanagari.fold("हिंदी"));
      assertThat(Devanagari.fold("सम्मान")).contains("म्म");
    }

    @Test
    void removesZeroWidthCharactersAndRepeatedVowelSigns() {
      assertThat(Devanagari.fold("रा\u200Dहुल")).isEqualTo("राहुल");
      assertThat(Devanagari.fold("झुुंझुनूू")).isEqualTo(Devanagari.fold("झुंझुनू"));
    }

    @Test
    void lowercasesLatinAndFoldsSpaces() {
      assertThat(Devanagari.fold("  RJD\u00A0Party ")).isEqualTo("rjd party");
    }
  }

  @Test
  void canonicalKeepsNuktaDecomposed() {
    assertThat(Devanagari.canonical("\u095B")).isEqualTo("\u091C\u093C");
  }

  @Test
  void recognisesTheScript() {
    assertThat(Devanagari.containsDevanagari("BJP नेता")).isTrue();
    assertThat(Devanagari.containsDevanagari("BJP")).isFalse();
  }
}

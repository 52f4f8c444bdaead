package org.khabar.translit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Devanagari → news-style Latin by rules; examples are names and words common in Hindi news. */
class NewsRomanizerTest {

  private static final NewsRomanizer R = new NewsRomanizer();

  @Nested
  class SchwaDeletion {
    @Test
    void dropsTheFinalInherentVowel() {
      assertThat(R.romanize("राहुल")).isEqualTo("rahul");
      assertThat(R.romanize("नीतीश")).isEqualTo("nitish");
      assertThat(R.romanize("मल्लिकार्जुन")).isEqualTo("mallikarjun");
    }

    @Test
    void dropsAMedialVowelBetweenVoicedSyllables() {
      assertThat(R.romanize("खरगे")).isEqualTo("kharge");
      assertThat(R.romanize("कमला")).isEqualTo("kamla");
      assertThat(R.romanize("राजनाथ")).isEqualTo("rajnath");
      assertThat(R.romanize("शिवसेना")).isEqualTo("shivsena");
    }

    @Test
    void keepsAVowelWhoseDeletionWouldStackConsonants() {
      assertThat(R.romanize("कमल")).isEqualTo("kamal");
      assertThat(R.romanize("अमरनाथ")).isEqualTo("amarnath");
    }

    @Test
    void keepsTheFinalVowelAfterAConjunctOfSemivowelOrNasal() {
      assertThat(R.romanize("मित्र")).isEqualTo("mitra");
      assertThat(R.romanize("आदित्य")).isEqualTo("aditya");
      assertThat(R.romanize("शुक्ल")).isEqualTo("shukla");
      assertThat(R.romanize("सिद्धार्थ")).isEqualTo("siddharth");
    }

    @Test
    void keepsAVowelBeforeAConjunctThatCannotStartASyllable() {
      assertThat(R.romanize("तेजस्वी")).isEqualTo("tejasvi");
      assertThat(R.romanize("राजस्थान")).isEqualTo("rajasthan");
      assertThat(R.romanize("मनप्रीत")).isEqualTo("manprit");
    }

    @Test
    void keepsTheFinalVowelOfYaAfterI() {
      assertThat(R.romanize("भारतीय")).isEqualTo("bhartiya");
      assertThat(R.romanize("विजय")).isEqualTo("vijay");
    }

    @Test
    void keepsTheVowelOfOneLetterWords() {
      assertThat(R.romanize("न")).isEqualTo("na");
    }
  }

  @Nested
  class Consonants {
    @Test
    void writesBothSibilantsAsSh() {
      assertThat(R.romanize("शाह")).isEqualTo("shah");
      assertThat(R.romanize("विष्णु")).isEqualTo("vishnu");
    }

    @Test
    void writesChaAsChAndChhaAsChh() {
      assertThat(R.romanize("चिराग")).isEqualTo("chirag");
      assertThat(R.romanize("छपरा")).isEqualTo("chhapra");
    }

    @Test
    void writesTheConjunctsKshAndGy() {
      assertThat(R.romanize("क्षेत्र")).isEqualTo("kshetra");
      assertThat(R.romanize("ज्ञान")).isEqualTo("gyan");
    }

    @Test
    void readsNuktaLettersPrecomposedOrNot() {
      assertThat(R.romanize("ज़िला")).isEqualTo("zila");
      assertThat(R.romanize("\u095B\u093F\u0932\u093E")).isEqualTo("zila");
      assertThat(R.romanize("फ़ैसला")).isEqualTo("faisla");
      assertThat(R.romanize("खड़गे")).isEqualTo("kharge");
    }
  }

  @Nested
  class Nasals {
    @Test
    void writesAnusvaraAsTheNasalOfTheNextConsonant() {
      assertThat(R.romanize("गांधी")).isEqualTo("gandhi");
      assertThat(R.romanize("चंपारण")).isEqualTo("champaran");
      assertThat(R.romanize("संसद")).isEqualTo("sansad");
    }

    @Test
    void writesSinghTheWayItIsSpelled() {
      assertThat(R.romanize("राजनाथ सिंह")).isEqualTo("rajnath singh");
    }

    @Test
    void writesChandrabinduAsN() {
      assertThat(R.romanize("गाँधी")).isEqualTo("gandhi");
    }
  }

  @Nested
  class Variants {
    @Test
    void offerTheMainFormFirstThenOtherSpellings() {
      assertThat(R.variants("तेजस्वी")).first().isEqualTo("tejasvi");
      assertThat(R.variants("तेजस्वी")).contains("tejaswi", "tejasvee");
    }

    @Test
    void includeTheFormWithMedialVowelsKept() {
      assertThat(R.variants("जनता")).contains("janta", "janata");
    }
  }

  @Test
  void leavesLatinTextAloneButLowercased() {
    assertThat(R.romanize("BJP")).isEqualTo("bjp");
    assertThat(R.romanize("Congress")).isEqualTo("congress");
  }

  @Test
  void romanisesPhrasesWordByWord() {
    assertThat(R.romanize("राहुल गांधी")).isEqualTo("rahul gandhi");
  }
}

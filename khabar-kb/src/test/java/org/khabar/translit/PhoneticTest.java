package org.khabar.translit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PhoneticTest {

  @Nested
  class AcrossScripts {
    @Test
    void khargeAndKhadgeInBothScriptsShareAKey() {
      String k = Phonetic.key("Kharge");
      assertThat(k).isEqualTo("krg");
      assertThat(Phonetic.key("Khadge")).isEqualTo(k);
      assertThat(Phonetic.key("खरगे")).isEqualTo(k);
      assertThat(Phonetic.key("खड़गे")).isEqualTo(k);
    }

    @Test
    void tejashwiAndTejasviShareAKey() {
      assertThat(Phonetic.key("Tejashwi")).isEqualTo(Phonetic.key("तेजस्वी"));
      assertThat(Phonetic.key("Tejasvi")).isEqualTo(Phonetic.key("तेजस्वी"));
    }

    @Test
    void singhIsSinghInBothScripts() {
      assertThat(Phonetic.key("Rajnath Singh")).isEqualTo(Phonetic.key("राजनाथ सिंह"));
    }

    @Test
    void phrasesKeepOneKeyPerWord() {
      assertThat(Phonetic.key("Rahul Gandhi")).isEqualTo(Phonetic.key("राहुल गांधी"));
      assertThat(Phonetic.key("Rahul Gandhi")).contains(" ");
    }
  }

  @Nested
  class Folding {
    @Test
    void foldsTheUsualSpellingAlternations() {
      assertThat(Phonetic.key("Shah")).isEqualTo(Phonetic.key("Sah"));
      assertThat(Phonetic.key("Wadhwa")).isEqualTo(Phonetic.key("Vadhva"));
      assertThat(Phonetic.key("Phoolpur")).isEqualTo(Phonetic.key("Fulpur"));
      assertThat(Phonetic.key("Qureshi")).isEqualTo(Phonetic.key("Kureshi"));
      assertThat(Phonetic.key("Zakir")).isEqualTo(Phonetic.key("Jakir"));
      assertThat(Phonetic.key("Siddharth")).isEqualTo(Phonetic.key("Sidharth"));
    }

    @Test
    void keepsChApartFromK() {
      assertThat(Phonetic.key("Chirag")).isNotEqualTo(Phonetic.key("Kharge"));
      assertThat(Phonetic.key("Congress")).startsWith("k");
    }

    @Test
    void keepsOnlyTheFirstVowel() {
      assertThat(Phonetic.key("Amit")).isEqualTo("amt");
      assertThat(Phonetic.key("Ameet")).isEqualTo("amt");
    }
  }

  @Test
  void hasNoKeyWithoutLetters() {
    assertThat(Phonetic.key("123 -")).isEmpty();
  }
}

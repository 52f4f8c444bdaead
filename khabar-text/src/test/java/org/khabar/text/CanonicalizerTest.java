package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.model.CharSpan;

class CanonicalizerTest {

  private static String canon(String s) {
    return Canonicalizer.canonicalize(s).text();
  }

  @Nested
  class Nukta {
    @Test
    void precomposedNuktaLettersDecomposeToBasePlusNukta() {
      // क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958..U+095F) are NFC composition exclusions
      assertThat(canon("\u0958")).isEqualTo("\u0915\u093C");
      assertThat(canon("\u095Bरूर")).isEqualTo("\u091C\u093Cरूर"); // ज़रूर
      assertThat(canon("\u095Eैसला")).isEqualTo("\u092B\u093Cैसला"); // फ़ैसला
    }

    @Test
    void bothSpellingsOfTheSameWordMeet() {
      String precomposed = "\u095Bमीन"; // ज़मीन with U+095B
      String decomposed = "\u091C\u093Cमीन"; // ज़मीन with ज + nukta
      assertThat(canon(precomposed)).isEqualTo(canon(decomposed)).isEqualTo(decomposed);
    }

    @Test
    void flappedDdaKeepsItsNuktaAndStaysApartFromPlainDda() {
      String precomposed = "ब\u095Cा"; // बड़ा with U+095C
      String decomposed = "ब\u0921\u093Cा";
      assertThat(canon(precomposed)).isEqualTo(decomposed);
      assertThat(canon("बडा")).isNotEqualTo(canon(precomposed)); // ड and ड़ stay different letters
    }

    @Test
    void nuktaLettersThatNfcComposesStayComposed() {
      // ऩ (U+0929) is not excluded, so NFC composes न + nukta
      assertThat(canon("\u0928\u093C")).isEqualTo("\u0929");
    }

    @Test
    void spanOfADecomposedLetterCoversTheOriginalPrecomposedLetter() {
      CanonicalText c = Canonicalizer.canonicalize("\u095Bरूर");
      assertThat(c.text()).hasSize(5);
      assertThat(c.toOriginal(1)).isEqualTo(0); // inside the group: rounds down
      assertThat(c.toOriginalSpan(0, 2)).isEqualTo(new CharSpan(0, 1));
      assertThat(c.toOriginalSpan(0, 1)).isEqualTo(new CharSpan(0, 1)); // never splits a letter
      assertThat(c.toOriginalSpan(0, 5)).isEqualTo(new CharSpan(0, 4));
      assertThat(c.toCanonicalSpan(0, 1)).isEqualTo(new CharSpan(0, 2));
    }
  }

  @Nested
  class Joiners {
    @Test
    void zwjAndZwnjAreRemovedInsideDevanagariWords() {
      assertThat(canon("क्\u200Dष")).isEqualTo("क्ष");
      assertThat(canon("राष्\u200Dट्रीय")).isEqualTo("राष्ट्रीय");
      assertThat(canon("क्\u200Cष")).isEqualTo("क्ष");
    }

    @Test
    void zwjIsRemovedWhenOnlyOneSideIsDevanagari() {
      assertThat(canon("क्\u200D ")).isEqualTo("क् ");
      assertThat(canon(" \u200Dक")).isEqualTo(" क");
    }

    @Test
    void otherInvisiblesBetweenDoNotHideTheDevanagariNeighbour() {
      assertThat(canon("x\u200B\u200Dक")).isEqualTo("xक");
    }

    @Test
    void joinersOutsideDevanagariAreKept() {
      String emoji = "\uD83D\uDC68\u200D\uD83D\uDC69"; // man ZWJ woman
      assertThat(canon(emoji)).isEqualTo(emoji);
      String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
      assertThat(canon(persian)).isEqualTo(persian);
    }

    @Test
    void removedJoinerStaysInsideTheWordSpan() {
      CanonicalText c = Canonicalizer.canonicalize("क्\u200Dषमा है");
      assertThat(c.text()).isEqualTo("क्षमा है");
      assertThat(c.toOriginalSpan(0, 5)).isEqualTo(new CharSpan(0, 6));
      assertThat(c.toCanonical(2)).isEqualTo(2); // the removed ZWJ maps to the next character
    }
  }

  @Nested
  class InvisiblesAndSpaces {
    @Test
    void nbspAndOtherSpacesBecomePlainSpaces() {
      assertThat(canon("नई\u00A0दिल्ली")).isEqualTo("नई दिल्ली");
      assertThat(canon("नई\u2009दिल्ली\u3000में\tआज")).isEqualTo("नई दिल्ली में आज");
      assertThat(canon("दो\u00A0\u00A0स्पेस")).isEqualTo("दो  स्पेस"); // never collapsed
    }

    @Test
    void bomZwspAndWordJoinerAreRemoved() {
      assertThat(canon("\uFEFFभारत")).isEqualTo("भारत");
      assertThat(canon("भा\u200Bरत")).isEqualTo("भारत");
      assertThat(canon("भा\u2060रत")).isEqualTo("भारत");
      assertThat(canon("संवि\u00ADधान")).isEqualTo("संविधान"); // soft hyphen
    }

    @Test
    void spansSkipARemovedLeadingBom() {
      CanonicalText c = Canonicalizer.canonicalize("\uFEFFभारत");
      assertThat(c.toOriginalSpan(0, 4)).isEqualTo(new CharSpan(1, 5));
      assertThat(c.toCanonical(0)).isEqualTo(0);
      assertThat(c.toCanonical(1)).isEqualTo(0);
    }

    @Test
    void otherControlCharactersBecomeSpaces() {
      assertThat(canon("क\u0001ख\u001Fग")).isEqualTo("क ख ग");
    }
  }

  @Nested
  class LineEnds {
    @Test
    void crlfAndLoneCrBecomeLf() {
      assertThat(canon("पहला\r\nदूसरा\rतीसरा")).isEqualTo("पहला\nदूसरा\nतीसरा");
      assertThat(canon("एक\u2028दो\u2029तीन\u0085चार")).isEqualTo("एक\nदो\nतीन\nचार");
    }

    @Test
    void crlfMapsToOneCharacterSpanningBoth() {
      CanonicalText c = Canonicalizer.canonicalize("पहला\r\nदूसरा");
      assertThat(c.toOriginalSpan(4, 5)).isEqualTo(new CharSpan(4, 6));
      assertThat(c.toOriginal(5)).isEqualTo(6);
      assertThat(c.toCanonical(5)).isEqualTo(4); // inside CRLF rounds down
      assertThat(c.toCanonicalSpan(5, 6)).isEqualTo(new CharSpan(4, 5));
    }
  }

  @Nested
  class ReplacementCharacters {
    @Test
    void replacementCharacterIsKeptAndCounted() {
      CanonicalText c = Canonicalizer.canonicalize("भा\uFFFDरत \uFFFD");
      assertThat(c.text()).isEqualTo("भा\uFFFDरत \uFFFD");
      assertThat(c.replacementChars()).isEqualTo(2);
      assertThat(c.hasReplacementChars()).isTrue();
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
      CanonicalText c = Canonicalizer.canonicalize("क\uD800ख\uDC00");
      assertThat(c.text()).isEqualTo("क\uFFFDख\uFFFD");
      assertThat(c.replacementChars()).isEqualTo(2);
    }

    @Test
    void cleanTextIsNotFlagged() {
      assertThat(Canonicalizer.canonicalize("साफ़ पाठ").hasReplacementChars()).isFalse();
    }
  }

  @Nested
  class AbbreviationMarks {
    @Test
    void zeroAfterADevanagariLetterIsAnAbbreviationDot() {
      assertThat(canon("डॉ0 अंबेडकर")).isEqualTo("डॉ. अंबेडकर");
      assertThat(canon("डॉ० अंबेडकर")).isEqualTo("डॉ. अंबेडकर");
      assertThat(canon("प्रो॰ यादव")).isEqualTo("प्रो. यादव");
      assertThat(canon("उ0प्र0 सरकार")).isEqualTo("उ.प्र. सरकार");
      assertThat(canon("मो0")).isEqualTo("मो.");
    }

    @Test
    void realDigitsAreUntouched() {
      assertThat(canon("सन २०२० में")).isEqualTo("सन २०२० में");
      assertThat(canon("कक्षा 10 और धारा 370")).isEqualTo("कक्षा 10 और धारा 370");
      assertThat(canon("अंक 0 मिला")).isEqualTo("अंक 0 मिला");
      assertThat(canon("G20 और कोविड19")).isEqualTo("G20 और कोविड19");
      assertThat(canon("वार्ड05")).isEqualTo("वार्ड05"); // followed by a digit: a number
    }

    @Test
    void markMapsOneToOne() {
      CanonicalText c = Canonicalizer.canonicalize("डॉ0 राम");
      assertThat(c.toOriginalSpan(0, 3)).isEqualTo(new CharSpan(0, 3));
    }
  }

  @Nested
  class Idempotence {
    @Test
    void canonicalTextIsItsOwnCanonicalForm() {
      String[] samples = {
        "\uFEFFडॉ0 \u095Bमीन\u00A0पर\r\nक्\u200Dष \uD83D\uDC68\u200D\uD83D\uDC69",
        "न\u200D\u093C", // removing the ZWJ lets NFC compose ऩ
        "e\u200B\u0301",
        "\uD800\u0966",
      };
      for (String s : samples) {
        String once = canon(s);
        assertThat(canon(once)).as("input %s", s).isEqualTo(once);
        assertThat(Canonicalizer.canonicalize(once).isIdentity()).isTrue();
      }
    }

    @Test
    void untouchedTextIsAnIdentityMap() {
      CanonicalText c = Canonicalizer.canonicalize("राहुल गांधी ने कहा।");
      assertThat(c.isIdentity()).isTrue();
      assertThat(c.text()).isSameAs(c.original());
      assertThat(c.toOriginalSpan(0, 5)).isEqualTo(new CharSpan(0, 5));
    }
  }
}

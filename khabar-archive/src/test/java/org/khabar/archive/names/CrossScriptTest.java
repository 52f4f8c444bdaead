package org.khabar.archive.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossScriptTest {

  private final CrossScript cs = CrossScript.icu();

  @Nested
  class SchwaDeletionRule {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "राहुल, राहुल्", // word-final, after a single consonant
      "खरगे, खर्गे", // VC_CV inside the word
      "लखनऊ, लख्नऊ",
      "पटना, पट्ना",
      "महागठबंधन, महागठ्बंधन्", // right to left, never two neighbours; none before a nasal
      "तेजस्वी, तेजस्वी", // before a conjunct: kept
      "मित्र, मित्र", // word-final after a conjunct: kept
      "न, न", // one syllable: kept
      "कमल, कमल्",
    })
    void theInherentVowelIsDroppedWhereHindiDropsIt(String word, String said) {
      assertThat(SchwaDeletion.apply(word)).isEqualTo(said);
    }
  }

  @Nested
  class Romanization {
    @Test
    void theNewsSpellingComesFirstAndIcusSecond() {
      assertThat(cs.romanizations("राहुल")).containsExactly("rahul", "rahula");
      assertThat(cs.romanizations("खरगे")).containsExactly("kharge", "kharage");
      assertThat(cs.romanizations("गांधी")).containsExactly("gandhi");
    }

    @Test
    void latinAndDevanagariFoldTheSameWay() {
      assertThat(cs.romanizations("Tejashwi")).containsExactly("tejasvi");
      assertThat(cs.romanizations("तेजस्वी")).containsExactly("tejasvi");
      assertThat(cs.romanizations("shah")).containsExactly("sah");
      assertThat(cs.romanizations("शाह")).first().isEqualTo("sah");
      assertThat(cs.romanizations("sonia")).containsExactly("sonia");
      assertThat(cs.romanizations("सोनिया")).contains("sonia");
      assertThat(cs.romanizations("lockdown")).containsExactly("lokdaun");
      assertThat(cs.romanizations("लॉकडाउन")).first().isEqualTo("lokdaun");
    }

    @Test
    void nuktaLettersAreSpelledAsNewspapersDo() {
      assertThat(cs.romanizations("ग़ाज़ियाबाद")).first().isEqualTo("ghajiabad");
      assertThat(cs.romanizations("ghaziabad")).containsExactly("ghajiabad");
      assertThat(cs.romanizations("\u095B\u093F\u0932\u093E"))
          .isEqualTo(cs.romanizations("\u091C\u093C\u093F\u0932\u093E"));
    }

    @Test
    void digitsAndPunctuationAloneHaveNoForm() {
      assertThat(cs.romanizations("2024")).isEmpty();
      assertThat(cs.romanizations("।")).isEmpty();
    }
  }

  @Nested
  class Skeleton {
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
      "kharge, खरगे",
      "kharge, खड़गे",
      "tejashwi, तेजस्वी",
      "congress, कांग्रेस",
      "mahagathbandhan, महागठबंधन",
      "chidambaram, चिदंबरम",
      "venugopal, वेणुगोपाल",
      "thackeray, ठाकरे",
      "ghaziabad, गाजियाबाद",
      "tablighi, तबलीगी",
      "sitharaman, सीतारमण",
      "RJD, राजद",
      "BJP, भाजपा",
    })
    void aNewsSpellingFindsTheDevanagariThroughASkeleton(String latin, String devanagari) {
      List<String> query = cs.querySkeletons(latin);
      assertThat(query).isNotEmpty();
      assertThat(cs.skeletons(devanagari)).containsAnyElementsOf(query);
    }

    @Test
    void aspirationIsKeptFirstSoKhargeIsNotKarega() {
      assertThat(cs.skeletons("kharge")).containsExactly("khrg", "krg");
      assertThat(cs.querySkeletons("kharge")).containsExactly("khrg");
      assertThat(cs.skeletons("करेगा")).containsExactly("krg");
    }

    @Test
    void threeLetterSkeletonsAreIndexedButOnlyAcronymsLookThemUp() {
      assertThat(cs.skeletons("बिहार")).containsExactly("bhr");
      assertThat(cs.skeletons("भारी")).containsExactly("bhr");
      assertThat(cs.querySkeletons("bihar")).isEmpty();
      assertThat(cs.querySkeletons("RJD")).containsExactly("rjd");
      assertThat(CrossScript.isAcronym("BJP")).isTrue();
      assertThat(CrossScript.isAcronym("rjd")).isTrue();
      assertThat(CrossScript.isAcronym("modi")).isFalse();
    }

    @Test
    void shortSkeletonsAreNotIndexed() {
      assertThat(cs.skeletons("मोदी")).isEmpty(); // md
      assertThat(cs.skeletons("ने")).isEmpty();
    }

    @Test
    void chaAndKaStayApart() {
      assertThat(cs.skeletons("चिदंबरम").get(0)).startsWith("c");
      assertThat(cs.skeletons("कांग्रेस").get(0)).startsWith("k");
    }
  }

  @Nested
  class Names {
    private final NameForms forms = new NameForms(cs);

    @Test
    void aLatinNameMatchesItsDevanagariWordByWord() {
      assertThat(forms.sameName(forms.words("rahul gandhi"), forms.words("राहुल गांधी"))).isTrue();
      assertThat(forms.sameName(forms.words("Tejashwi Yadav"), forms.words("तेजस्वी यादव")))
          .isTrue();
      assertThat(forms.sameName(forms.words("amit shah"), forms.words("अमित शाह"))).isTrue();
    }

    @Test
    void namesOfDifferentLengthDoNotMatch() {
      assertThat(forms.sameName(forms.words("gandhi"), forms.words("राहुल गांधी"))).isFalse();
    }

    @Test
    void differentNamesDoNotMatch() {
      assertThat(forms.sameName(forms.words("sonia gandhi"), forms.words("राहुल गांधी"))).isFalse();
      assertThat(forms.sameWord("bihar", "भारी")).isFalse();
    }
  }

  @Nested
  class Keys {
    private final EntityKeys keys = new EntityKeys(cs);

    @Test
    void anUnlinkedEntityGetsATypedSlugOfItsName() {
      assertThat(keys.newKey(org.khabar.model.EntityType.PERSON, "तेजस्वी यादव"))
          .isEqualTo("new:person:tejasvi-yadav");
      assertThat(EntityKeys.isNew("new:person:tejasvi-yadav")).isTrue();
    }

    @Test
    void theSameNameGivesTheSameKeyWhateverItsZeroWidthCharacters() {
      assertThat(keys.slug("राहुल\u200D गांधी")).isEqualTo(keys.slug("राहुल गांधी"));
    }
  }
}

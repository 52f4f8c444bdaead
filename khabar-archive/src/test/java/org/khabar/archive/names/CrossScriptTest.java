package org.khabar.archive.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossScriptTest {

  private final CrossScript cs = CrossScript.icu();

  @Nested
  class Romanization {
    @Test
    void aWordFinalInherentVowelIsDroppedFirstAndKeptSecond() {
      assertThat(cs.romanizations("राहुल")).containsExactly("rahul", "rahula");
      assertThat(cs.romanizations("बिहार")).containsExactly("bihar", "bihara");
    }

    @Test
    void aWordEndingInAVowelSignHasOneForm() {
      assertThat(cs.romanizations("गांधी")).containsExactly("gandhi");
      assertThat(cs.romanizations("खरगे")).containsExactly("kharage");
    }

    @Test
    void aFinalConsonantWithViramaHasNoSchwaToDrop() {
      assertThat(cs.romanizations("जगत्")).hasSize(1);
    }

    @Test
    void latinWordsAreLowerCasedAsciiAndDigitsAloneHaveNoForm() {
      assertThat(cs.romanizations("Kharge")).containsExactly("kharge");
      assertThat(cs.romanizations("Müller")).containsExactly("muller");
      assertThat(cs.romanizations("2024")).isEmpty();
      assertThat(cs.romanizations("।")).isEmpty();
    }

    @Test
    void nuktaFormsPrecomposedOrNotRomaniseAlike() {
      assertThat(cs.romanizations("\u095B\u093F\u0932\u093E"))
          .isEqualTo(cs.romanizations("\u091C\u093C\u093F\u0932\u093E"));
    }
  }

  @Nested
  class Skeleton {
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
      "kharge, खरगे",
      "kharge, खड़गे",
      "tejashwi, तेजस्वी",
      "tejaswi, तेजस्वी",
      "congress, कांग्रेस",
      "bihar, बिहार",
      "rahul, राहुल",
      "gandhi, गांधी",
      "mahagathbandhan, महागठबंधन",
      "RJD, राजद",
      "chidambaram, चिदंबरम",
      "nitish, नीतीश",
      "venugopal, वेणुगोपाल",
      "mamta, ममता",
      "yadav, यादव",
      "uddhav, उद्धव",
    })
    void aNewsSpellingAndTheDevanagariShareASkeleton(String latin, String devanagari) {
      assertThat(cs.skeleton(latin)).isNotEmpty().isEqualTo(cs.skeleton(devanagari));
    }

    @Test
    void aspirationIsKeptSoKhargeIsNotKarega() {
      assertThat(cs.skeleton("kharge")).isEqualTo("khrg");
      assertThat(cs.skeleton("करेगा")).isEqualTo("krg");
    }

    @Test
    void shortSkeletonsAreEmpty() {
      assertThat(cs.skeleton("मोदी")).isEmpty(); // md
      assertThat(cs.skeleton("ने")).isEmpty();
      assertThat(cs.skeleton("lalu")).isEmpty();
    }

    @Test
    void chaAndKaStayApart() {
      assertThat(cs.skeleton("चिदंबरम")).startsWith("c");
      assertThat(cs.skeleton("कांग्रेस")).startsWith("k");
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
    }

    @Test
    void namesOfDifferentLengthDoNotMatch() {
      assertThat(forms.sameName(forms.words("gandhi"), forms.words("राहुल गांधी"))).isFalse();
    }

    @Test
    void differentNamesDoNotMatch() {
      assertThat(forms.sameName(forms.words("sonia gandhi"), forms.words("राहुल गांधी"))).isFalse();
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

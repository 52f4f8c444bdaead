package org.khabar.archive.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.archive.ArchiveOptions;

/**
 * Calibrates the near-duplicate threshold on pairs written for it: the same story as two papers ran
 * it must score at or above {@link ArchiveOptions#DEFAULT_NEAR_THRESHOLD}, different stories on the
 * same subject (even a daily template with new numbers) below it.
 */
class NearDuplicateTest {

  private static final double T = ArchiveOptions.DEFAULT_NEAR_THRESHOLD;
  private final MinHash minHash = new MinHash(ArchiveOptions.DEFAULT_SHINGLE, 8);

  private double similarity(String a, String b) {
    String label =
        StackWalker.getInstance().walk(f -> f.skip(1).findFirst().orElseThrow()).getMethodName();
    MinHash.Signature sa = minHash.signature(Canonical.words(a));
    MinHash.Signature sb = minHash.signature(Canonical.words(b));
    double s = sa.similarity(sb);
    System.out.printf("similarity %.3f %s%n", s, label);
    return s;
  }

  static final String FLOOD =
      "असम में ब्रह्मपुत्र नदी का जलस्तर लगातार बढ़ रहा है और राज्य के बारह जिलों में बाढ़ से"
          + " हालात बिगड़ गए हैं। राज्य आपदा प्रबंधन प्राधिकरण के अनुसार करीब दो लाख लोग प्रभावित"
          + " हुए हैं और सैकड़ों गांवों का संपर्क टूट गया है। मुख्यमंत्री ने अधिकारियों के साथ"
          + " बैठक कर राहत शिविरों में भोजन और दवाओं की व्यवस्था करने के निर्देश दिए हैं।"
          + " सेना और एनडीआरएफ की टीमें नावों से लोगों को सुरक्षित स्थानों पर पहुंचा रही हैं।";

  @Nested
  class TheSameStoryTwice {
    @Test
    void withAWordChangedAndALastSentenceDropped() {
      String b =
          "असम में ब्रह्मपुत्र नदी का जलस्तर लगातार बढ़ रहा है और प्रदेश के बारह जिलों में बाढ़ से"
              + " हालात बिगड़ गए हैं। राज्य आपदा प्रबंधन प्राधिकरण के अनुसार करीब दो लाख लोग"
              + " प्रभावित हुए हैं और सैकड़ों गांवों का संपर्क टूट गया है। मुख्यमंत्री ने"
              + " अधिकारियों के साथ बैठक कर राहत शिविरों में भोजन और दवाओं की व्यवस्था करने के"
              + " निर्देश दिए हैं।";
      assertThat(similarity(FLOOD, b)).isGreaterThanOrEqualTo(T);
    }

    @Test
    void withAnAgencyLineAndABylineAdded() {
      String b =
          "गुवाहाटी (एजेंसी)। "
              + FLOOD
              + " इसे भी पढ़ें: पूर्वोत्तर में भारी बारिश का अलर्ट। (एजेंसी इनपुट के साथ)";
      assertThat(similarity(FLOOD, b)).isGreaterThanOrEqualTo(T);
    }

    @Test
    void withOnlySpacingAndPunctuationChanged() {
      String b = FLOOD.replace("।", " ।").replace("और", "और\u200C").replace(" ", "  ");
      assertThat(similarity(FLOOD, b)).isEqualTo(1.0);
    }

    @Test
    void withTwoSentencesSwapped() {
      String[] s = FLOOD.split("। ");
      String b = String.join("। ", List.of(s[1], s[0], s[2], s[3]));
      assertThat(similarity(FLOOD, b)).isGreaterThanOrEqualTo(T);
    }
  }

  @Nested
  class DifferentStories {
    @Test
    void theSameDailyTemplateWithNewNumbersAndDistricts() {
      String monday =
          "राज्य में सोमवार को कोरोना संक्रमण के 412 नए मामले सामने आए और कुल संक्रमितों की संख्या"
              + " 8120 हो गई। सबसे ज्यादा 96 मामले लखनऊ में और 54 मामले कानपुर में मिले। इलाज के"
              + " बाद 301 मरीज स्वस्थ होकर घर लौटे। अब तक 143 लोगों की मौत हो चुकी है।";
      String tuesday =
          "राज्य में मंगलवार को कोरोना संक्रमण के 388 नए मामले सामने आए और कुल संक्रमितों की संख्या"
              + " 8508 हो गई। सबसे ज्यादा 71 मामले आगरा में और 49 मामले मेरठ में मिले। इलाज के"
              + " बाद 276 मरीज स्वस्थ होकर घर लौटे। अब तक 151 लोगों की मौत हो चुकी है।";
      assertThat(similarity(monday, tuesday)).isLessThan(T);
    }

    @Test
    void twoPoliticalStoriesWithTheSameNames() {
      String a =
          "कांग्रेस अध्यक्ष ने पटना में महागठबंधन के नेताओं की बैठक बुलाई है। बैठक में राजद नेता"
              + " भी शामिल होंगे और सीटों के बंटवारे पर चर्चा होगी। प्रदेश नेताओं ने इस बैठक का"
              + " स्वागत किया है।";
      String b =
          "राजद नेता ने दिल्ली में कांग्रेस अध्यक्ष से मुलाकात की और महागठबंधन के एकजुट रहने का"
              + " दावा किया। दोनों नेताओं ने चुनाव की रणनीति पर चर्चा की। बैठक के बाद किसी ने"
              + " मीडिया से बात नहीं की।";
      assertThat(similarity(a, b)).isLessThan(T);
    }

    @Test
    void aFollowUpThatQuotesTheFirstStory() {
      String b =
          "असम में बाढ़ की स्थिति पर केंद्र सरकार ने आज समीक्षा बैठक की। गृह मंत्रालय ने बताया कि"
              + " राज्य आपदा प्रबंधन प्राधिकरण के अनुसार करीब दो लाख लोग प्रभावित हुए हैं। केंद्र ने"
              + " राहत कार्यों के लिए अतिरिक्त टीमें भेजने का फैसला किया है और राज्य को हर संभव"
              + " मदद का भरोसा दिया है।";
      assertThat(similarity(FLOOD, b)).isLessThan(T);
    }
  }

  @Test
  void tooShortTextsHaveNoSignature() {
    assertThat(minHash.signature(Canonical.words("पटना में बारिश"))).isNull();
  }

  @Test
  void signaturesSurviveStorage() {
    MinHash.Signature s = minHash.signature(Canonical.words(FLOOD));
    assertThat(MinHash.Signature.fromBytes(s.toBytes()).similarity(s)).isEqualTo(1.0);
    assertThat(MinHash.Signature.fromBytes(s.toBytes()).bandKeys()).isEqualTo(s.bandKeys());
  }
}

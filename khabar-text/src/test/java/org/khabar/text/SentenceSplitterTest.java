package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static final TextStage STAGE = new TextStage();

  private static List<String> sentences(String text) {
    return STAGE.analyze(text).sentences().stream().map(s -> s.span().in(text)).toList();
  }

  @Nested
  class Terminators {
    @Test
    void dandaAttachedOrSpacedEndsASentence() {
      assertThat(sentences("राम आया। श्याम गया।")).containsExactly("राम आया।", "श्याम गया।");
      assertThat(sentences("राम आया । श्याम गया ।")).containsExactly("राम आया ।", "श्याम गया ।");
      assertThat(sentences("राम आया ।श्याम गया")).containsExactly("राम आया ।", "श्याम गया");
    }

    @Test
    void doubleDandaQuestionExclamationAndFullStop() {
      assertThat(sentences("जय हो॥ क्या वह आएगा? हाँ! ज़रूर. ठीक"))
          .containsExactly("जय हो॥", "क्या वह आएगा?", "हाँ!", "ज़रूर.", "ठीक");
    }

    @Test
    void aClosingQuoteStaysWithItsSentence() {
      assertThat(sentences("उन्होंने कहा, “हम जीतेंगे।” फिर वे चले गए।"))
          .containsExactly("उन्होंने कहा, “हम जीतेंगे।”", "फिर वे चले गए।");
    }
  }

  @Nested
  class NoBreak {
    @Test
    void notAfterTitles() {
      assertThat(sentences("डॉ. राम और श्री. श्याम आए। प्रो0 यादव भी"))
          .containsExactly("डॉ. राम और श्री. श्याम आए।", "प्रो0 यादव भी");
    }

    @Test
    void notInsideOrAfterInitials() {
      assertThat(sentences("के.सी. वेणुगोपाल और पी. चिदंबरम ने U.S. Army से बात की।")).hasSize(1);
    }

    @Test
    void notInsideDecimals() {
      assertThat(sentences("महंगाई 3.5 प्रतिशत बढ़ी।")).hasSize(1);
    }

    @Test
    void notAfterWordsThatOnlyEndLikeAnAbbreviation() {
      // "गई" ends in "ई", a listed abbreviation: a suffix match would glue these together
      assertThat(sentences("वह चली गई. फिर लौटी.")).containsExactly("वह चली गई.", "फिर लौटी.");
    }
  }

  @Nested
  class Lines {
    @Test
    void headlineWithoutPunctuationIsItsOwnSentence() {
      assertThat(sentences("बिहार में गठबंधन पर संकट\n\nकांग्रेस ने बैठक बुलाई। नेता पहुंचे।"))
          .containsExactly("बिहार में गठबंधन पर संकट", "कांग्रेस ने बैठक बुलाई।", "नेता पहुंचे।");
    }

    @Test
    void everyLineEndEndsASentenceEvenAfterAnAbbreviation() {
      assertThat(sentences("पहला पैरा\r\nदूसरा पैरा डॉ.\nतीसरा"))
          .containsExactly("पहला पैरा", "दूसरा पैरा डॉ.", "तीसरा");
    }

    @Test
    void blankTextHasNoSentences() {
      assertThat(sentences(" \n\u00A0\u200B\n")).isEmpty();
      assertThat(sentences("")).isEmpty();
    }
  }
}

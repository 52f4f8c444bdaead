package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;

class TokenizerTest {

  private static final TextStage STAGE = new TextStage();

  /** Surfaces in the original text. */
  private static List<String> surfaces(String text) {
    return STAGE.tokenize(text).stream().map(t -> t.span().in(text)).toList();
  }

  private static List<String> norms(String text) {
    return STAGE.tokenize(text).stream().map(Token::norm).toList();
  }

  private static List<TokenKind> kinds(String text) {
    return STAGE.tokenize(text).stream().map(Token::kind).toList();
  }

  @Nested
  class DevanagariWords {
    @Test
    void wordsKeepMatrasViramaNuktaAnusvaraAndChandrabindu() {
      assertThat(surfaces("प्रधानमंत्री ने हँसते हुए कहा: ज़रूर!"))
          .containsExactly("प्रधानमंत्री", "ने", "हँसते", "हुए", "कहा", ":", "ज़रूर", "!");
    }

    @Test
    void wordsAreDevanagariTokens() {
      assertThat(kinds("संसद में")).containsOnly(TokenKind.DEVANAGARI);
    }

    @Test
    void normIsTheCanonicalFormAndTheSpanTheOriginal() {
      String text = "\u095Bमीन पर क्\u200Dषमा";
      List<Token> tokens = STAGE.tokenize(text);
      assertThat(tokens).extracting(Token::norm).containsExactly("\u091C\u093Cमीन", "पर", "क्षमा");
      assertThat(tokens.get(0).span().in(text)).isEqualTo("\u095Bमीन");
      assertThat(tokens.get(2).span().in(text)).isEqualTo("क्\u200Dषमा");
    }

    @Test
    void whitespaceOfEveryKindSeparatesAndIsNeverAToken() {
      assertThat(surfaces(" नई\u00A0दिल्ली\t\r\nमें\u2003आज "))
          .containsExactly("नई", "दिल्ली", "में", "आज");
    }
  }

  @Nested
  class HyphenatedNames {
    @Test
    void hyphenatedCompoundsSplitIntoBothPartsAndTheHyphen() {
      assertThat(surfaces("लालू-तेजस्वी की जोड़ी साथ-साथ चली"))
          .containsExactly("लालू", "-", "तेजस्वी", "की", "जोड़ी", "साथ", "-", "साथ", "चली");
    }

    @Test
    void latinAllianceNamesSplitToo() {
      assertThat(surfaces("Congress-RJD गठबंधन")).containsExactly("Congress", "-", "RJD", "गठबंधन");
    }

    @Test
    void lettersBeforeANumberStayOneToken() {
      assertThat(surfaces("COVID-19 और कोविड-19 से"))
          .containsExactly("COVID-19", "और", "कोविड-19", "से");
      assertThat(kinds("COVID-19")).containsExactly(TokenKind.MIXED);
    }

    @Test
    void dashesAreTokens() {
      assertThat(surfaces("भाजपा—कांग्रेस -- टक्कर"))
          .containsExactly("भाजपा", "—", "कांग्रेस", "--", "टक्कर");
    }
  }

  @Nested
  class NumbersAndCurrency {
    @Test
    void currencySignIsItsOwnToken() {
      assertThat(surfaces("₹500 का नोट")).containsExactly("₹", "500", "का", "नोट");
      assertThat(kinds("₹500")).containsExactly(TokenKind.SYMBOL, TokenKind.NUMBER);
    }

    @Test
    void decimalsAndIndianGroupingStayWhole() {
      assertThat(surfaces("3.5 प्रतिशत और 1,20,000 रुपये, 12,345,678 डॉलर"))
          .containsExactly("3.5", "प्रतिशत", "और", "1,20,000", "रुपये", ",", "12,345,678", "डॉलर");
    }

    @Test
    void aCommaBetweenListedNumbersStaysPunctuation() {
      assertThat(surfaces("धारा 1,2 और 3")).containsExactly("धारा", "1", ",", "2", "और", "3");
    }

    @Test
    void datesAndTimesStayWhole() {
      assertThat(surfaces("2026-01-24 को 24/01/2026 और 10:30 बजे"))
          .containsExactly("2026-01-24", "को", "24/01/2026", "और", "10:30", "बजे");
      assertThat(kinds("2026-01-24")).containsExactly(TokenKind.NUMBER);
    }

    @Test
    void devanagariDigitsAreNumbers() {
      assertThat(kinds("२०२६")).containsExactly(TokenKind.NUMBER);
    }

    @Test
    void lettersWithDigitsAreMixed() {
      assertThat(surfaces("G20 की 10वीं बैठक")).containsExactly("G20", "की", "10वीं", "बैठक");
      assertThat(kinds("G20 10वीं")).containsExactly(TokenKind.MIXED, TokenKind.MIXED);
    }

    @Test
    void percentIsASymbol() {
      assertThat(surfaces("3.5%")).containsExactly("3.5", "%");
    }
  }

  @Nested
  class Abbreviations {
    @Test
    void titlesKeepTheirDot() {
      assertThat(surfaces("डॉ. मनमोहन और श्री. मोदी तथा प्रो. यादव"))
          .containsExactly("डॉ.", "मनमोहन", "और", "श्री.", "मोदी", "तथा", "प्रो.", "यादव");
    }

    @Test
    void abbreviationZerosBecomeDotsInTheNorm() {
      String text = "प्रो0 यादव और डॉ॰ शर्मा";
      assertThat(surfaces(text)).containsExactly("प्रो0", "यादव", "और", "डॉ॰", "शर्मा");
      assertThat(norms(text)).containsExactly("प्रो.", "यादव", "और", "डॉ.", "शर्मा");
    }

    @Test
    void initialChainsAreOneToken() {
      assertThat(surfaces("के.सी. वेणुगोपाल, उ.प्र. पुलिस, आई.ए.एस. अफ़सर"))
          .containsExactly("के.सी.", "वेणुगोपाल", ",", "उ.प्र.", "पुलिस", ",", "आई.ए.एस.", "अफ़सर");
      assertThat(surfaces("U.S. और K.C. Venugopal"))
          .containsExactly("U.S.", "और", "K.C.", "Venugopal");
    }

    @Test
    void spacedInitialsKeepTheirDots() {
      assertThat(surfaces("पी. चिदंबरम और K. Kamaraj"))
          .containsExactly("पी.", "चिदंबरम", "और", "K.", "Kamaraj");
    }

    @Test
    void aSentenceFinalStopIsNotAbsorbed() {
      assertThat(surfaces("वह चली गई. फिर")).containsExactly("वह", "चली", "गई", ".", "फिर");
      assertThat(surfaces("बैठक हुई. The end."))
          .containsExactly("बैठक", "हुई", ".", "The", "end", ".");
    }

    @Test
    void anEllipsisStaysPunctuation() {
      assertThat(surfaces("श्री... क्या")).containsExactly("श्री", "...", "क्या");
    }
  }

  @Nested
  class CodeMixing {
    @Test
    void englishWordsInsideHindiAreLatinTokens() {
      String text = "RJD के नेता ने press conference में कहा";
      assertThat(surfaces(text))
          .containsExactly("RJD", "के", "नेता", "ने", "press", "conference", "में", "कहा");
      assertThat(kinds(text).get(0)).isEqualTo(TokenKind.LATIN);
      assertThat(kinds(text).get(4)).isEqualTo(TokenKind.LATIN);
    }

    @Test
    void aScriptChangeWithoutSpaceStartsANewToken() {
      assertThat(surfaces("BJPने")).containsExactly("BJP", "ने");
    }

    @Test
    void apostrophesInsideEnglishWordsStay() {
      assertThat(surfaces("BJP's plan")).containsExactly("BJP's", "plan");
    }

    @Test
    void urlsAndEmailsAreOneToken() {
      assertThat(
              surfaces(
                  "देखें https://hi.wikipedia.org/wiki/भारत. या www.eci.gov.in, mail: press@eci.gov.in"))
          .containsExactly(
              "देखें",
              "https://hi.wikipedia.org/wiki/भारत",
              ".",
              "या",
              "www.eci.gov.in",
              ",",
              "mail",
              ":",
              "press@eci.gov.in");
    }
  }

  @Nested
  class Quotes {
    @Test
    void quotesOfEveryStyleAreSeparateTokens() {
      assertThat(surfaces("“हम” ‘तुम’ \"वे\" 'ये' «वो» (यह) [वह]"))
          .containsExactly(
              "“", "हम", "”", "‘", "तुम", "’", "\"", "वे", "\"", "'", "ये", "'", "«", "वो", "»",
              "(", "यह", ")", "[", "वह", "]");
    }

    @Test
    void quotesAndPunctuationAreKinds() {
      assertThat(kinds("“हम”।"))
          .containsExactly(
              TokenKind.PUNCTUATION,
              TokenKind.DEVANAGARI,
              TokenKind.PUNCTUATION,
              TokenKind.PUNCTUATION);
    }

    @Test
    void doubledQuotesStaySeparate() {
      assertThat(surfaces("''हम''")).containsExactly("'", "'", "हम", "'", "'");
    }
  }

  @Nested
  class Symbols {
    @Test
    void emojiSequencesAndFlagsAreOneSymbol() {
      String text = "जीत \uD83D\uDC68\u200D\uD83D\uDC69 \uD83C\uDDEE\uD83C\uDDF3";
      assertThat(surfaces(text))
          .containsExactly("जीत", "\uD83D\uDC68\u200D\uD83D\uDC69", "\uD83C\uDDEE\uD83C\uDDF3");
    }

    @Test
    void replacementCharactersAreOtherTokens() {
      assertThat(kinds("\uFFFD\uFFFD")).containsExactly(TokenKind.OTHER);
    }
  }
}

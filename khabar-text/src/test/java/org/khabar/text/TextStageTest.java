package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.model.Article;
import org.khabar.model.Document;
import org.khabar.model.Layer;
import org.khabar.model.Sentence;
import org.khabar.model.Token;
import org.khabar.pipeline.Pipeline;

class TextStageTest {

  private static final TextStage STAGE = new TextStage();

  private static final Article ARTICLE =
      new Article(
          "a1",
          LocalDate.of(2026, 1, 24),
          "गठबंधन पर संकट",
          "डॉ. सिंह ने कहा, “बैठक होगी।” के.सी. वेणुगोपाल भी आए।\n\nनई\u00A0दिल्ली में ₹500 का जुर्माना।",
          null);

  @Nested
  class Contract {
    @Test
    void declaresItsLayers() {
      assertThat(STAGE.name()).isEqualTo("text");
      assertThat(STAGE.requires()).containsExactly(Layer.TEXT);
      assertThat(STAGE.produces()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS);
    }

    @Test
    void runsInAPipeline() {
      Document d = new Pipeline(List.of(STAGE)).analyze(ARTICLE);
      assertThat(d.has(Layer.SENTENCES)).isTrue();
      assertThat(d.has(Layer.TOKENS)).isTrue();
    }
  }

  @Nested
  class Layout {
    private final Document doc = STAGE.apply(Document.of(ARTICLE));

    @Test
    void headlineIsTheFirstSentence() {
      assertThat(doc.textOf(doc.sentences().get(0).span())).isEqualTo("गठबंधन पर संकट");
      assertThat(doc.sentences())
          .extracting(s -> doc.textOf(s.span()))
          .containsExactly(
              "गठबंधन पर संकट",
              "डॉ. सिंह ने कहा, “बैठक होगी।”",
              "के.सी. वेणुगोपाल भी आए।",
              "नई\u00A0दिल्ली में ₹500 का जुर्माना।");
    }

    @Test
    void tokensAreNumberedAcrossTheDocumentAndSentencesCoverThemExactly() {
      List<Token> tokens = doc.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        assertThat(tokens.get(i).index()).isEqualTo(i);
      }
      int next = 0;
      for (Sentence s : doc.sentences()) {
        assertThat(s.tokens().first()).isEqualTo(next);
        assertThat(s.tokens().isEmpty()).isFalse();
        List<Token> own = doc.tokensOf(s);
        assertThat(s.span().begin()).isEqualTo(own.get(0).begin());
        assertThat(s.span().end()).isEqualTo(own.get(own.size() - 1).end());
        next = s.tokens().end();
      }
      assertThat(next).isEqualTo(tokens.size());
    }

    @Test
    void noTokenIsWhitespaceAndSurfacesComeFromTheOriginal() {
      for (Token t : doc.tokens()) {
        assertThat(doc.textOf(t.span())).isNotBlank();
      }
      assertThat(doc.tokens())
          .extracting(t -> doc.textOf(t.span()))
          .contains("नई", "दिल्ली", "₹", "500");
    }

    @Test
    void earlierLayersAreKept() {
      assertThat(doc.text()).isEqualTo(ARTICLE.text());
      assertThat(doc.article()).isSameAs(ARTICLE);
    }
  }
}

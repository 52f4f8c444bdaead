package org.khabar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

  private static final Provenance P = Provenance.of("test", "rule", 1.0);

  @Nested
  class Spans {
    @Test
    void rejectsNegativeAndReversedSpans() {
      assertThatThrownBy(() -> new CharSpan(-1, 2)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new CharSpan(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isHalfOpen() {
      CharSpan s = new CharSpan(2, 5);
      assertThat(s.length()).isEqualTo(3);
      assertThat(s.contains(2)).isTrue();
      assertThat(s.contains(5)).isFalse();
      assertThat(s.overlaps(new CharSpan(5, 7))).isFalse();
      assertThat(s.overlaps(new CharSpan(4, 7))).isTrue();
      assertThat(s.in("अबकखगघ")).isEqualTo("कखग");
    }

    @Test
    void spanMustFitItsText() {
      assertThatThrownBy(() -> new CharSpan(1, 9).in("abc"))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void tokenRangeIsHalfOpen() {
      TokenRange r = new TokenRange(1, 3);
      assertThat(r.size()).isEqualTo(2);
      assertThat(r.contains(3)).isFalse();
      assertThatThrownBy(() -> new TokenRange(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Articles {
    @Test
    void textJoinsHeadlineAndBody() {
      Article a = new Article("a1", LocalDate.of(2026, 1, 2), "शीर्षक", "पाठ।", null);
      assertThat(a.text()).isEqualTo("शीर्षक\n\nपाठ।");
      assertThat(a.headlineSpan().in(a.text())).isEqualTo("शीर्षक");
      assertThat(a.bodySpan().in(a.text())).isEqualTo("पाठ।");
    }

    @Test
    void withoutHeadlineTextIsBody() {
      Article a = new Article("a1", null, null, "पाठ।", null);
      assertThat(a.text()).isEqualTo("पाठ।");
      assertThat(a.bodySpan()).isEqualTo(new CharSpan(0, 4));
    }

    @Test
    void rejectsBlankId() {
      assertThatThrownBy(() -> new Article(" ", null, "", "x", null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Documents {
    private final Article article = new Article("d", null, "", "राम ने कहा।", null);

    @Test
    void tokensMustBeOrderedAndIndexed() {
      Token t0 = new Token(0, new CharSpan(0, 3), "राम", TokenKind.DEVANAGARI);
      Token t1 = new Token(1, new CharSpan(2, 5), "x", TokenKind.DEVANAGARI);
      Document d = Document.of(article);
      assertThatThrownBy(() -> d.withSentencesAndTokens(List.of(), List.of(t0, t1)))
          .hasMessageContaining("overlap");
      Token wrongIndex = new Token(5, new CharSpan(0, 3), "राम", TokenKind.DEVANAGARI);
      assertThatThrownBy(() -> d.withSentencesAndTokens(List.of(), List.of(wrongIndex)))
          .hasMessageContaining("index");
    }

    @Test
    void mentionTextMustMatchTheOriginal() {
      Document d = Document.of(article);
      Mention wrong =
          new Mention(
              new CharSpan(0, 3),
              new TokenRange(0, 1),
              "श्याम".substring(0, 3),
              EntityType.PERSON,
              P);
      assertThatThrownBy(() -> d.withMentions(List.of(wrong))).hasMessageContaining("differs");
      Mention right =
          new Mention(new CharSpan(0, 3), new TokenRange(0, 1), "राम", EntityType.PERSON, P);
      assertThat(d.withMentions(List.of(right)).has(Layer.MENTIONS)).isTrue();
    }

    @Test
    void layersAccumulate() {
      Document d = Document.of(article).withRoles(List.of()).withQuotes(List.of());
      assertThat(d.layers()).contains(Layer.TEXT, Layer.ROLES, Layer.QUOTES);
      assertThat(d.has(Layer.ENTITIES)).isFalse();
    }

    @Test
    void quoteOfSourcesHasNoSpeakerEntity() {
      assertThatThrownBy(
              () ->
                  new Quote(
                      "e1",
                      SpeakerKind.SOURCES,
                      null,
                      "सूत्रों",
                      new CharSpan(0, 1),
                      new CharSpan(1, 2),
                      false,
                      P))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void provenanceConfidenceIsAProbability() {
      assertThatThrownBy(() -> Provenance.of("s", "r", 1.5))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Provenance.of("s", "r", Double.NaN))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}

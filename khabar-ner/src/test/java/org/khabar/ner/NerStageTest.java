package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.EntityType;
import org.khabar.model.Layer;
import org.khabar.model.Mention;
import org.khabar.model.Sentence;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.model.TokenRange;
import org.khabar.pipeline.Pipeline;

class NerStageTest {

  private static final NerStage STAGE = new NerStage(new NerTagger(TestModels.tiny()));

  /**
   * A document whose sentences are given as lists of surface tokens found in order in the text;
   * {@code norms} optionally overrides the canonical form of a surface.
   */
  private static Document document(
      String headline,
      String body,
      List<List<String>> sentences,
      java.util.Map<String, String> norms) {
    Article a = new Article("t1", null, headline, body, null);
    Document d = Document.of(a);
    String text = d.text();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> out = new ArrayList<>();
    int from = 0;
    for (List<String> s : sentences) {
      int first = tokens.size();
      for (String surface : s) {
        int at = text.indexOf(surface, from);
        if (at < 0) {
          throw new IllegalArgumentException("'" + surface + "' not in text after " + from);
        }
        tokens.add(
            new Token(
                tokens.size(),
                CharSpan.of(at, at + surface.length()),
                norms.getOrDefault(surface, surface),
                TokenKind.DEVANAGARI));
        from = at + surface.length();
      }
      Token f = tokens.get(first);
      Token l = tokens.get(tokens.size() - 1);
      out.add(
          new Sentence(
              out.size(), CharSpan.of(f.begin(), l.end()), new TokenRange(first, tokens.size())));
    }
    return d.withSentencesAndTokens(out, tokens);
  }

  @Nested
  class Contract {
    @Test
    void declaresItsLayers() {
      assertThat(STAGE.name()).isEqualTo("ner");
      assertThat(STAGE.requires()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS);
      assertThat(STAGE.produces()).containsExactly(Layer.MENTIONS);
    }

    @Test
    void aDocumentWithoutSentencesGetsAnEmptyMentionLayer() {
      Document d = Document.of(new Article("e", null, "", "", null));
      d = d.withSentencesAndTokens(List.of(), List.of());
      Document out = STAGE.apply(d);
      assertThat(out.has(Layer.MENTIONS)).isTrue();
      assertThat(out.mentions()).isEmpty();
    }
  }

  @Nested
  class Mentions {
    @Test
    void oneMentionPerSpanWithOffsetsIntoTheOriginalText() {
      String body = "मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में बैठक की।";
      Document d =
          document(
              "",
              body,
              List.of(
                  List.of(
                      "मुख्यमंत्री", "योगी", "आदित्यनाथ", "ने", "लखनऊ", "में", "बैठक", "की", "।")),
              java.util.Map.of());
      Document out = STAGE.apply(d);
      assertThat(out.mentions())
          .extracting(Mention::text)
          .containsExactly("योगी आदित्यनाथ", "लखनऊ");
      Mention person = out.mentions().get(0);
      assertThat(person.type()).isEqualTo(EntityType.PERSON);
      assertThat(person.span()).isEqualTo(CharSpan.of(body.indexOf("योगी"), body.indexOf(" ने")));
      assertThat(person.tokens()).isEqualTo(new TokenRange(1, 3));
      assertThat(out.mentions().get(1).type()).isEqualTo(EntityType.PLACE);
      assertThat(out.mentions().get(1).tokens()).isEqualTo(new TokenRange(4, 5));
    }

    @Test
    void provenanceNamesStageAndModelWithAProbability() {
      Document d =
          document(
              "",
              "कांग्रेस नेता राहुल गांधी अमेठी पहुंचे।",
              List.of(List.of("कांग्रेस", "नेता", "राहुल", "गांधी", "अमेठी", "पहुंचे", "।")),
              java.util.Map.of());
      for (Mention m : STAGE.apply(d).mentions()) {
        assertThat(m.provenance().stage()).isEqualTo("ner");
        assertThat(m.provenance().rule()).isEqualTo("ner-test-tiny");
        assertThat(m.provenance().confidence()).isBetween(0.0, 1.0);
      }
    }

    @Test
    void sentencesAfterAHeadlineKeepDocumentTokenIndices() {
      String headline = "पटना में बैठक";
      String body = "कल बारिश हुई। विधायक सुनीता देवी ने गोरखपुर में सभा की।";
      Document d =
          document(
              headline,
              body,
              List.of(
                  List.of("पटना", "में", "बैठक"),
                  List.of("कल", "बारिश", "हुई", "।"),
                  List.of("विधायक", "सुनीता", "देवी", "ने", "गोरखपुर", "में", "सभा", "की", "।")),
              java.util.Map.of());
      Document out = STAGE.apply(d);
      Mention sunita =
          out.mentions().stream()
              .filter(m -> m.text().equals("सुनीता देवी"))
              .findFirst()
              .orElseThrow();
      assertThat(sunita.tokens()).isEqualTo(new TokenRange(8, 10));
      assertThat(out.textOf(sunita.span())).isEqualTo("सुनीता देवी");
      assertThat(sunita.begin()).isGreaterThan(headline.length());
    }

    @Test
    void theMentionTextIsTheOriginalSurfaceNotTheCanonicalForm() {
      // The surface carries a zero-width joiner; the tagger sees the canonical form without it.
      String surface = "लख\u200Dनऊ";
      Document d =
          document(
              "",
              "मुख्यमंत्री योगी आदित्यनाथ ने " + surface + " में बैठक की।",
              List.of(
                  List.of(
                      "मुख्यमंत्री", "योगी", "आदित्यनाथ", "ने", surface, "में", "बैठक", "की", "।")),
              java.util.Map.of(surface, "लखनऊ"));
      Document out = STAGE.apply(d);
      assertThat(out.mentions()).extracting(Mention::text).contains(surface);
    }

    @Test
    void existingMentionsAreKept() {
      Document d =
          document(
              "", "कल बारिश हुई।", List.of(List.of("कल", "बारिश", "हुई", "।")), java.util.Map.of());
      Mention earlier =
          new Mention(
              CharSpan.of(0, 2),
              new TokenRange(0, 1),
              "कल",
              EntityType.PLACE,
              org.khabar.model.Provenance.of("gazetteer", "test", 1.0));
      Document out = STAGE.apply(d.withMentions(List.of(earlier)));
      assertThat(out.mentions()).contains(earlier);
    }

    @Test
    void runsInsideAPipeline() {
      Pipeline p = new Pipeline(List.of(new FakeTokens(), STAGE));
      assertThat(p.produces()).contains(Layer.MENTIONS);
    }
  }

  /** Declares SENTENCES and TOKENS so that a pipeline with the NER stage validates. */
  private static final class FakeTokens implements org.khabar.pipeline.Stage {
    @Override
    public String name() {
      return "tokens";
    }

    @Override
    public java.util.Set<Layer> requires() {
      return EnumSet.of(Layer.TEXT);
    }

    @Override
    public java.util.Set<Layer> produces() {
      return EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Document apply(Document document) {
      return document.withSentencesAndTokens(List.of(), List.of());
    }
  }
}

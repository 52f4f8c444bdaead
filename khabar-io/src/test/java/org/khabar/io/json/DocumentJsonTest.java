package org.khabar.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Event;
import org.khabar.model.EventArgument;
import org.khabar.model.EventType;
import org.khabar.model.Mention;
import org.khabar.model.Origin;
import org.khabar.model.Provenance;
import org.khabar.model.Quote;
import org.khabar.model.Role;
import org.khabar.model.Sentence;
import org.khabar.model.SpeakerKind;
import org.khabar.model.SummarySentence;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.model.TokenRange;

class DocumentJsonTest {

  private static final Provenance P = Provenance.of("test", "hand", 0.9);

  /** "पार्टी अध्यक्ष सीता देवी ने कहा कि सभा कल होगी।" with a headline. */
  static Document sample() {
    Article a =
        new Article(
            "a-1",
            LocalDate.of(2026, 1, 24),
            "सभा कल",
            "पार्टी अध्यक्ष सीता देवी ने कहा कि सभा कल होगी।",
            new Origin("in.jsonl", 3));
    String text = a.text();
    int b = a.bodySpan().begin();
    List<Token> tokens =
        List.of(
            new Token(0, new CharSpan(0, 3), "सभा", TokenKind.DEVANAGARI),
            new Token(1, new CharSpan(4, 7), "कल", TokenKind.DEVANAGARI),
            new Token(2, new CharSpan(b + 7, b + 14), "अध्यक्ष", TokenKind.DEVANAGARI),
            new Token(3, new CharSpan(b + 15, b + 19), "सीता", TokenKind.DEVANAGARI),
            new Token(4, new CharSpan(b + 20, b + 24), "देवी", TokenKind.DEVANAGARI));
    List<Sentence> sentences =
        List.of(
            new Sentence(0, a.headlineSpan(), new TokenRange(0, 2)),
            new Sentence(1, a.bodySpan(), new TokenRange(2, 5)));
    CharSpan person = new CharSpan(b + 15, b + 24);
    Mention m = new Mention(person, new TokenRange(3, 5), person.in(text), EntityType.PERSON, P);
    Entity e =
        new Entity(
            "e1", EntityType.PERSON, "सीता देवी", "sita devi", null, List.of(m), List.of(), P);
    int cue = text.indexOf("ने कहा कि");
    int content = text.indexOf("सभा कल होगी");
    return Document.of(a)
        .withSentencesAndTokens(sentences, tokens)
        .withMentions(List.of(m))
        .withEntities(List.of(e))
        .withRoles(
            List.of(
                new Role(
                    "e1",
                    "अध्यक्ष",
                    "post:adhyaksh",
                    null,
                    null,
                    false,
                    new CharSpan(b + 7, b + 24),
                    P)))
        .withQuotes(
            List.of(
                new Quote(
                    "e1",
                    SpeakerKind.PERSON,
                    person,
                    "सीता देवी",
                    new CharSpan(cue, cue + 9),
                    new CharSpan(content, content + 11),
                    false,
                    P)))
        .withEvents(
            List.of(
                new Event(
                    "v1",
                    EventType.MEETING,
                    new CharSpan(content, content + 3),
                    a.bodySpan(),
                    List.of(new EventArgument("participant", "e1", person, person.in(text))),
                    LocalDate.of(2026, 1, 25),
                    P)))
        .withSummary(List.of(new SummarySentence(1, a.bodySpan(), 0.5)));
  }

  @Test
  void writesTheExchangeFieldNames() throws Exception {
    JsonNode n =
        new ObjectMapper().readTree(DocumentJson.toJson(sample(), DocumentJson.Options.DEFAULT));
    assertThat(n.get("id").asText()).isEqualTo("a-1");
    assertThat(n.get("date").asText()).isEqualTo("2026-01-24");
    JsonNode e = n.get("entities").get(0);
    assertThat(e.get("id").asText()).isEqualTo("e1");
    assertThat(e.get("type").asText()).isEqualTo("PERSON");
    assertThat(e.has("kb")).isTrue();
    assertThat(e.get("kb").isNull()).isTrue();
    assertThat(e.get("latin").asText()).isEqualTo("sita devi");
    assertThat(e.get("mentions").get(0).get("text").asText()).isEqualTo("सीता देवी");
    JsonNode r = n.get("roles").get(0);
    assertThat(r.get("person").asText()).isEqualTo("e1");
    assertThat(r.get("post").asText()).isEqualTo("अध्यक्ष");
    assertThat(r.get("former").asBoolean()).isFalse();
    assertThat(r.get("evidence").get("text").asText()).isEqualTo("अध्यक्ष सीता देवी");
    JsonNode q = n.get("quotes").get(0);
    assertThat(q.get("speakerKind").asText()).isEqualTo("PERSON");
    assertThat(q.get("cue").get("text").asText()).isEqualTo("ने कहा कि");
    assertThat(q.get("content").get("text").asText()).isEqualTo("सभा कल होगी");
    assertThat(q.get("direct").asBoolean()).isFalse();
    assertThat(q.get("provenance").get("rule").asText()).isEqualTo("hand");
  }

  @Test
  void offsetsPointIntoTheWrittenText() throws Exception {
    JsonNode n =
        new ObjectMapper().readTree(DocumentJson.toJson(sample(), DocumentJson.Options.DEFAULT));
    String text = n.get("text").asText();
    for (JsonNode t : n.get("tokens")) {
      assertThat(text.substring(t.get("begin").asInt(), t.get("end").asInt()))
          .isEqualTo(t.get("text").asText());
    }
    JsonNode content = n.get("quotes").get(0).get("content");
    assertThat(text.substring(content.get("begin").asInt(), content.get("end").asInt()))
        .isEqualTo(content.get("text").asText());
  }

  @Test
  void roundTrips() {
    Document d = sample();
    Document back = DocumentJson.read(DocumentJson.toJson(d, DocumentJson.Options.DEFAULT));
    assertThat(back.article()).isEqualTo(d.article());
    assertThat(back.tokens()).isEqualTo(d.tokens());
    assertThat(back.sentences()).isEqualTo(d.sentences());
    assertThat(back.entities()).usingRecursiveComparison().isEqualTo(d.entities());
    assertThat(back.roles()).isEqualTo(d.roles());
    assertThat(back.quotes()).isEqualTo(d.quotes());
    assertThat(back.events()).isEqualTo(d.events());
    assertThat(back.summary()).isEqualTo(d.summary());
    assertThat(back.layers()).isEqualTo(d.layers());
  }

  @Test
  void compactOmitsTokens() {
    String json = DocumentJson.toJson(sample(), DocumentJson.Options.COMPACT);
    assertThat(json).doesNotContain("\"tokens\"");
    assertThat(DocumentJson.read(json).tokens()).isEmpty();
  }

  @Test
  void rejectsSpansOutsideTheText() {
    String bad =
        "{\"id\":\"x\",\"text\":\"abc\",\"roles\":[{\"person\":\"e1\",\"post\":\"p\",\"evidence\":{\"begin\":1,\"end\":9}}]}";
    assertThatThrownBy(() -> DocumentJson.read(bad))
        .isInstanceOf(InvalidDocumentJson.class)
        .hasMessageContaining("exceeds");
  }

  @Test
  void rejectsMalformedJson() {
    assertThatThrownBy(() -> DocumentJson.read("{\"id\": "))
        .isInstanceOf(InvalidDocumentJson.class);
    assertThatThrownBy(() -> DocumentJson.read("{\"text\": \"a\"}"))
        .isInstanceOf(InvalidDocumentJson.class)
        .hasMessageContaining("id");
  }
}

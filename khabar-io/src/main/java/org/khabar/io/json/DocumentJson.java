package org.khabar.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Event;
import org.khabar.model.EventArgument;
import org.khabar.model.EventType;
import org.khabar.model.Layer;
import org.khabar.model.LinkCandidate;
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

/**
 * The public JSON exchange shape of an analysed article (CLI {@code --format json/jsonl}, the HTTP
 * API, the archive). Field names follow the project's exchange contract: {@code id, text,
 * entities[{id, type, name, latin, kb, mentions[{begin, end, text}]}], roles[{person, post, org,
 * place, former, evidence}], quotes[{speaker, speakerKind, speakerText, cue, content, direct}]},
 * plus sentences, tokens, events, summary and the provenance of every fact. Every {@code begin/end}
 * is a half-open UTF-16 offset into {@code text}.
 *
 * <p>Writing streams through a Jackson generator (no tree is built), so it is cheap enough for the
 * analysis hot path. Reading rebuilds a {@link Document} and re-validates every span.
 */
public final class DocumentJson {

  /** What to include beyond the facts. */
  public record Options(boolean tokens, boolean pretty) {
    public static final Options DEFAULT = new Options(true, false);
    public static final Options COMPACT = new Options(false, false);
  }

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private DocumentJson() {}

  /** One document as a JSON string (no trailing newline). */
  public static String toJson(Document d, Options options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(d, out, options);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes one document as UTF-8 JSON to {@code out} (no trailing newline); does not close it. */
  public static void write(Document d, OutputStream out, Options options) {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (options.pretty()) {
        g.useDefaultPrettyPrinter();
      }
      write(d, g, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one document with an existing generator (for embedding in larger responses). */
  public static void write(Document d, JsonGenerator g, Options options) throws IOException {
    Article a = d.article();
    String text = d.text();
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("date", a.date() == null ? null : a.date().toString());
    g.writeStringField("headline", a.headline());
    g.writeStringField("source", a.origin().toString());
    g.writeStringField("text", text);
    g.writeArrayFieldStart("layers");
    for (Layer l : d.layers()) {
      g.writeString(l.name());
    }
    g.writeEndArray();

    g.writeArrayFieldStart("sentences");
    for (Sentence s : d.sentences()) {
      g.writeStartObject();
      g.writeNumberField("begin", s.span().begin());
      g.writeNumberField("end", s.span().end());
      g.writeNumberField("firstToken", s.tokens().first());
      g.writeNumberField("endToken", s.tokens().end());
      g.writeEndObject();
    }
    g.writeEndArray();

    if (options.tokens()) {
      g.writeArrayFieldStart("tokens");
      for (Token t : d.tokens()) {
        g.writeStartObject();
        g.writeNumberField("begin", t.begin());
        g.writeNumberField("end", t.end());
        String surface = t.span().in(text);
        g.writeStringField("text", surface);
        if (!surface.equals(t.norm())) {
          g.writeStringField("norm", t.norm());
        }
        g.writeStringField("kind", t.kind().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    g.writeArrayFieldStart("entities");
    for (Entity e : d.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("type", e.type().name());
      g.writeStringField("name", e.name());
      g.writeStringField("latin", e.latin());
      g.writeStringField("kb", e.kbId());
      g.writeArrayFieldStart("mentions");
      for (Mention m : e.mentions()) {
        g.writeStartObject();
        g.writeNumberField("begin", m.begin());
        g.writeNumberField("end", m.end());
        g.writeStringField("text", m.text());
        g.writeStringField("type", m.type().name());
        g.writeNumberField("firstToken", m.tokens().first());
        g.writeNumberField("endToken", m.tokens().end());
        writeProvenance(g, m.provenance());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("candidates");
      for (LinkCandidate c : e.candidates()) {
        g.writeStartObject();
        g.writeStringField("kb", c.kbId());
        g.writeStringField("name", c.name());
        g.writeNumberField("score", round(c.score()));
        g.writeEndObject();
      }
      g.writeEndArray();
      writeProvenance(g, e.provenance());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("roles");
    for (Role r : d.roles()) {
      g.writeStartObject();
      g.writeStringField("person", r.personId());
      g.writeStringField("post", r.post());
      g.writeStringField("postId", r.postId());
      g.writeStringField("org", r.orgId());
      g.writeStringField("place", r.placeId());
      g.writeBooleanField("former", r.former());
      writeSpan(g, "evidence", r.evidence(), text);
      writeProvenance(g, r.provenance());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("quotes");
    for (Quote q : d.quotes()) {
      g.writeStartObject();
      g.writeStringField("speaker", q.speakerId());
      g.writeStringField("speakerKind", q.speakerKind().name());
      g.writeStringField("speakerText", q.speakerText());
      if (q.speakerSpan() != null) {
        writeSpan(g, "speakerSpan", q.speakerSpan(), text);
      }
      writeSpan(g, "cue", q.cue(), text);
      writeSpan(g, "content", q.content(), text);
      g.writeBooleanField("direct", q.direct());
      writeProvenance(g, q.provenance());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("events");
    for (Event ev : d.events()) {
      g.writeStartObject();
      g.writeStringField("id", ev.id());
      g.writeStringField("type", ev.type().name());
      writeSpan(g, "trigger", ev.trigger(), text);
      writeSpan(g, "evidence", ev.evidence(), text);
      g.writeStringField("date", ev.date() == null ? null : ev.date().toString());
      g.writeArrayFieldStart("arguments");
      for (EventArgument arg : ev.arguments()) {
        g.writeStartObject();
        g.writeStringField("role", arg.role());
        g.writeStringField("entity", arg.entityId());
        g.writeNumberField("begin", arg.span().begin());
        g.writeNumberField("end", arg.span().end());
        g.writeStringField("text", arg.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      writeProvenance(g, ev.provenance());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("summary");
    for (SummarySentence s : d.summary()) {
      g.writeStartObject();
      g.writeNumberField("sentence", s.sentenceIndex());
      g.writeNumberField("begin", s.span().begin());
      g.writeNumberField("end", s.span().end());
      g.writeStringField("text", s.span().in(text));
      g.writeNumberField("score", round(s.score()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  private static void writeSpan(JsonGenerator g, String field, CharSpan span, String text)
      throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("begin", span.begin());
    g.writeNumberField("end", span.end());
    g.writeStringField("text", span.in(text));
    g.writeEndObject();
  }

  private static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
    g.writeObjectFieldStart("provenance");
    g.writeStringField("stage", p.stage());
    g.writeStringField("rule", p.rule());
    g.writeNumberField("confidence", round(p.confidence()));
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- reading

  /**
   * Parses one document written by {@link #write}; throws {@link InvalidDocumentJson} when
   * malformed.
   */
  public static Document read(String json) {
    try {
      return read(MAPPER.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidDocumentJson("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static Document read(JsonNode n) {
    try {
      return decode(n);
    } catch (RuntimeException e) {
      if (e instanceof InvalidDocumentJson ide) {
        throw ide;
      }
      throw new InvalidDocumentJson(e.getMessage(), e);
    }
  }

  private static Document decode(JsonNode n) {
    String id = req(n, "id").asText();
    String text = req(n, "text").asText();
    String headline = n.path("headline").asText("");
    String body;
    if (headline.isEmpty()) {
      body = text;
    } else if (text.startsWith(headline + Article.HEADLINE_SEPARATOR)) {
      body = text.substring(headline.length() + Article.HEADLINE_SEPARATOR.length());
    } else {
      throw new InvalidDocumentJson("text does not start with the headline");
    }
    LocalDate date = parseDate(n.path("date"));
    Origin origin = parseOrigin(n.path("source").asText("-"));
    Article article = new Article(id, date, headline, body, origin);

    List<Sentence> sentences = new ArrayList<>();
    int si = 0;
    for (JsonNode s : n.path("sentences")) {
      sentences.add(
          new Sentence(
              si++,
              span(s),
              new TokenRange(s.path("firstToken").asInt(), s.path("endToken").asInt())));
    }
    List<Token> tokens = new ArrayList<>();
    int ti = 0;
    for (JsonNode t : n.path("tokens")) {
      CharSpan sp = span(t);
      String norm = t.hasNonNull("norm") ? t.get("norm").asText() : sp.in(text);
      tokens.add(new Token(ti++, sp, norm, TokenKind.valueOf(t.path("kind").asText("OTHER"))));
    }
    List<Entity> entities = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      EntityType type = EntityType.valueOf(req(e, "type").asText());
      List<Mention> ms = new ArrayList<>();
      for (JsonNode m : e.path("mentions")) {
        CharSpan sp = span(m);
        EntityType mt = m.hasNonNull("type") ? EntityType.valueOf(m.get("type").asText()) : type;
        ms.add(
            new Mention(
                sp,
                new TokenRange(m.path("firstToken").asInt(0), m.path("endToken").asInt(0)),
                sp.in(text),
                mt,
                provenance(m)));
      }
      List<LinkCandidate> cands = new ArrayList<>();
      for (JsonNode c : e.path("candidates")) {
        cands.add(
            new LinkCandidate(
                req(c, "kb").asText(), c.path("name").asText(""), c.path("score").asDouble()));
      }
      mentions.addAll(ms);
      entities.add(
          new Entity(
              req(e, "id").asText(),
              type,
              req(e, "name").asText(),
              e.path("latin").asText(""),
              textOrNull(e, "kb"),
              ms,
              cands,
              provenance(e)));
    }
    mentions.sort((x, y) -> x.span().compareTo(y.span()));
    List<Role> roles = new ArrayList<>();
    for (JsonNode r : n.path("roles")) {
      roles.add(
          new Role(
              req(r, "person").asText(),
              req(r, "post").asText(),
              textOrNull(r, "postId"),
              textOrNull(r, "org"),
              textOrNull(r, "place"),
              r.path("former").asBoolean(false),
              span(req(r, "evidence")),
              provenance(r)));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : n.path("quotes")) {
      quotes.add(
          new Quote(
              textOrNull(q, "speaker"),
              SpeakerKind.valueOf(req(q, "speakerKind").asText()),
              q.hasNonNull("speakerSpan") ? span(q.get("speakerSpan")) : null,
              q.path("speakerText").asText(""),
              span(req(q, "cue")),
              span(req(q, "content")),
              q.path("direct").asBoolean(false),
              provenance(q)));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode ev : n.path("events")) {
      List<EventArgument> args = new ArrayList<>();
      for (JsonNode arg : ev.path("arguments")) {
        CharSpan sp = span(arg);
        args.add(
            new EventArgument(
                req(arg, "role").asText(), textOrNull(arg, "entity"), sp, sp.in(text)));
      }
      events.add(
          new Event(
              req(ev, "id").asText(),
              EventType.valueOf(req(ev, "type").asText()),
              span(req(ev, "trigger")),
              span(req(ev, "evidence")),
              args,
              parseDate(ev.path("date")),
              provenance(ev)));
    }
    List<SummarySentence> summary = new ArrayList<>();
    for (JsonNode s : n.path("summary")) {
      summary.add(
          new SummarySentence(s.path("sentence").asInt(), span(s), s.path("score").asDouble()));
    }
    Set<Layer> layers = EnumSet.of(Layer.TEXT);
    for (JsonNode l : n.path("layers")) {
      layers.add(Layer.valueOf(l.asText()));
    }
    if (!n.has("tokens")) {
      tokens = List.of();
    }
    return new Document(
        article, text, layers, sentences, tokens, mentions, entities, roles, quotes, events,
        summary);
  }

  private static JsonNode req(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new InvalidDocumentJson("missing field '" + field + "'");
    }
    return v;
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static CharSpan span(JsonNode n) {
    return new CharSpan(req(n, "begin").asInt(), req(n, "end").asInt());
  }

  private static Provenance provenance(JsonNode n) {
    JsonNode p = n.get("provenance");
    if (p == null || p.isNull()) {
      return Provenance.of("import", "unknown", 0.0);
    }
    return Provenance.of(
        p.path("stage").asText("import"),
        p.path("rule").asText("unknown"),
        p.path("confidence").asDouble(0.0));
  }

  private static LocalDate parseDate(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode() || n.asText().isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(n.asText());
    } catch (DateTimeParseException e) {
      throw new InvalidDocumentJson("bad date '" + n.asText() + "'", e);
    }
  }

  private static Origin parseOrigin(String s) {
    int colon = s.lastIndexOf(':');
    if (colon > 0) {
      String tail = s.substring(colon + 1);
      if (!tail.isEmpty() && tail.chars().allMatch(Character::isDigit) && tail.length() < 10) {
        return new Origin(s.substring(0, colon), Integer.parseInt(tail));
      }
    }
    return new Origin(s, 0);
  }
}

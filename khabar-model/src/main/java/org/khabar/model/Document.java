package org.khabar.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article and its analysis. {@link #text()} is the untouched original text; every span of every
 * layer is a half-open UTF-16 range into it. Layers are added by pipeline stages through the {@code
 * with...} methods, each of which returns a new document; {@link #layers()} says which are present.
 */
public record Document(
    Article article,
    String text,
    Set<Layer> layers,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Mention> mentions,
    List<Entity> entities,
    List<Role> roles,
    List<Quote> quotes,
    List<Event> events,
    List<SummarySentence> summary) {

  public Document {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    if (!text.equals(article.text())) {
      throw new IllegalArgumentException("document text differs from its article's text");
    }
    EnumSet<Layer> copy = EnumSet.of(Layer.TEXT);
    copy.addAll(layers);
    layers = Collections.unmodifiableSet(copy);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    roles = List.copyOf(roles);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    summary = List.copyOf(summary);
    int n = text.length();
    sentences.forEach(s -> s.span().checkWithin(n));
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      t.span().checkWithin(n);
      if (t.index() != i) {
        throw new IllegalArgumentException("token " + i + " carries index " + t.index());
      }
      if (i > 0 && tokens.get(i - 1).end() > t.begin()) {
        throw new IllegalArgumentException("tokens " + (i - 1) + " and " + i + " overlap");
      }
    }
    for (Mention m : mentions) {
      m.span().checkWithin(n);
      if (!m.text().equals(m.span().in(text))) {
        throw new IllegalArgumentException("mention text differs from the text at " + m.span());
      }
    }
    roles.forEach(r -> r.evidence().checkWithin(n));
    quotes.forEach(
        q -> {
          q.cue().checkWithin(n);
          q.content().checkWithin(n);
        });
    events.forEach(e -> e.evidence().checkWithin(n));
  }

  /** A document holding only the article's text. */
  public static Document of(Article article) {
    return new Document(
        article,
        article.text(),
        EnumSet.of(Layer.TEXT),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  public String id() {
    return article.id();
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /** The original text covered by a span. */
  public String textOf(CharSpan span) {
    return span.in(text);
  }

  /** The tokens of a sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.tokens().first(), sentence.tokens().end());
  }

  private Set<Layer> plus(Layer... added) {
    EnumSet<Layer> s = EnumSet.copyOf(layers);
    s.addAll(List.of(added));
    return s;
  }

  public Document withSentencesAndTokens(List<Sentence> newSentences, List<Token> newTokens) {
    return new Document(
        article,
        text,
        plus(Layer.SENTENCES, Layer.TOKENS),
        newSentences,
        newTokens,
        mentions,
        entities,
        roles,
        quotes,
        events,
        summary);
  }

  public Document withMentions(List<Mention> newMentions) {
    return new Document(
        article,
        text,
        plus(Layer.MENTIONS),
        sentences,
        tokens,
        newMentions,
        entities,
        roles,
        quotes,
        events,
        summary);
  }

  public Document withEntities(List<Entity> newEntities) {
    return new Document(
        article,
        text,
        plus(Layer.ENTITIES),
        sentences,
        tokens,
        mentions,
        newEntities,
        roles,
        quotes,
        events,
        summary);
  }

  public Document withRoles(List<Role> newRoles) {
    return new Document(
        article,
        text,
        plus(Layer.ROLES),
        sentences,
        tokens,
        mentions,
        entities,
        newRoles,
        quotes,
        events,
        summary);
  }

  public Document withQuotes(List<Quote> newQuotes) {
    return new Document(
        article,
        text,
        plus(Layer.QUOTES),
        sentences,
        tokens,
        mentions,
        entities,
        roles,
        newQuotes,
        events,
        summary);
  }

  public Document withEvents(List<Event> newEvents) {
    return new Document(
        article,
        text,
        plus(Layer.EVENTS),
        sentences,
        tokens,
        mentions,
        entities,
        roles,
        quotes,
        newEvents,
        summary);
  }

  public Document withSummary(List<SummarySentence> newSummary) {
    return new Document(
        article,
        text,
        plus(Layer.SUMMARY),
        sentences,
        tokens,
        mentions,
        entities,
        roles,
        quotes,
        events,
        newSummary);
  }

  /** The entity with this id, or {@code null}. */
  public Entity entity(String entityId) {
    for (Entity e : entities) {
      if (e.id().equals(entityId)) {
        return e;
      }
    }
    return null;
  }
}

package org.khabar.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Layer;
import org.khabar.model.Sentence;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.model.TokenRange;
import org.khabar.pipeline.Stage;

/**
 * The text stage: canonicalises a document's text ({@link Canonicalizer}), tokenizes the canonical
 * form, splits it into sentences and maps every span back to the original text. Tokens are numbered
 * 0..n-1 across the document; every sentence's token range covers exactly its tokens; whitespace is
 * never a token; a token's {@code norm} is its canonical text.
 *
 * <p>Loads its resources once, in the constructor; thread-safe.
 */
public final class TextStage implements Stage {

  public static final String NAME = "text";

  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** A stage with the standard abbreviation list. */
  public TextStage() {
    this(Abbreviations.standard());
  }

  public TextStage(Abbreviations abbreviations) {
    this.tokenizer = new Tokenizer(abbreviations);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Document apply(Document document) {
    TextLayer layer = analyze(document.text());
    return document.withSentencesAndTokens(layer.sentences(), layer.tokens());
  }

  /** The canonical form, sentences and tokens of any text (spans into {@code original}). */
  public TextLayer analyze(String original) {
    Objects.requireNonNull(original, "original");
    CanonicalText canon = Canonicalizer.canonicalize(original);
    String s = canon.text();
    Tokenizer.Spans spans = tokenizer.tokenize(s);
    boolean[] starts = splitter.sentenceStarts(s, spans);

    List<Token> tokens = new ArrayList<>(spans.size);
    List<Sentence> sentences = new ArrayList<>();
    int sentenceFirst = 0;
    int lastCanonBegin = -1;
    for (int k = 0; k < spans.size; k++) {
      CharSpan span = canon.toOriginalSpan(spans.begin[k], spans.end[k]);
      if (!tokens.isEmpty()) {
        Token prev = tokens.get(tokens.size() - 1);
        if (span.begin() < prev.end()) {
          // Two canonical tokens from one original group (a normalisation segment split by a
          // token boundary): never overlap in the original, merge them instead.
          TokenKind kind = prev.kind() == spans.kind[k] ? prev.kind() : TokenKind.OTHER;
          tokens.set(
              tokens.size() - 1,
              new Token(
                  prev.index(),
                  prev.span().union(span),
                  s.substring(lastCanonBegin, spans.end[k]),
                  kind));
          continue;
        }
        if (starts[k]) {
          sentences.add(sentence(sentences.size(), tokens, sentenceFirst));
          sentenceFirst = tokens.size();
        }
      }
      lastCanonBegin = spans.begin[k];
      tokens.add(
          new Token(tokens.size(), span, s.substring(spans.begin[k], spans.end[k]), spans.kind[k]));
    }
    if (!tokens.isEmpty()) {
      sentences.add(sentence(sentences.size(), tokens, sentenceFirst));
    }
    return new TextLayer(canon, sentences, tokens);
  }

  /** The tokens of any text (spans into {@code original}). */
  public List<Token> tokenize(String original) {
    return analyze(original).tokens();
  }

  private static Sentence sentence(int index, List<Token> tokens, int first) {
    int end = tokens.size();
    CharSpan span = new CharSpan(tokens.get(first).begin(), tokens.get(end - 1).end());
    return new Sentence(index, span, new TokenRange(first, end));
  }
}

package org.khabar.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Layer;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Sentence;
import org.khabar.model.Token;
import org.khabar.model.TokenRange;
import org.khabar.pipeline.Stage;

/**
 * The pipeline stage "ner": tags each sentence's tokens (their canonical forms) and adds one {@link
 * Mention} per tagged span, from the first token's begin to the last token's end in the original
 * text. Provenance names the model, with the mean token probability as confidence. Mentions already
 * in the document are kept. Thread-safe.
 */
public final class NerStage implements Stage {

  public static final String NAME = "ner";

  private final NerTagger tagger;

  /** A stage with the shipped model. */
  public NerStage() {
    this(NerTagger.shipped());
  }

  public NerStage(NerTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.MENTIONS);
  }

  @Override
  public Document apply(Document document) {
    List<Mention> mentions = new ArrayList<>(document.mentions());
    for (Sentence sentence : document.sentences()) {
      List<Token> tokens = document.tokensOf(sentence);
      if (tokens.isEmpty()) {
        continue;
      }
      Tagging tagging = tagger.tagWithProbabilities(tokens.stream().map(Token::norm).toList());
      for (NerSpan span : tagging.spans()) {
        Token first = tokens.get(span.first());
        Token last = tokens.get(span.end() - 1);
        CharSpan chars = new CharSpan(first.begin(), last.end());
        double confidence = Math.max(0.0, Math.min(1.0, tagging.confidence(span)));
        mentions.add(
            new Mention(
                chars,
                new TokenRange(first.index(), last.index() + 1),
                chars.in(document.text()),
                span.type(),
                Provenance.of(NAME, tagger.modelId(), confidence)));
      }
    }
    mentions.sort(Comparator.comparing(Mention::span));
    return document.withMentions(mentions);
  }
}

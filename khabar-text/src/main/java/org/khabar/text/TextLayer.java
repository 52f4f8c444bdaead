package org.khabar.text;

import java.util.List;
import java.util.Objects;
import org.khabar.model.Sentence;
import org.khabar.model.Token;

/**
 * The text layer of one text: its canonical form with the offset map, its sentences and its tokens.
 * Spans are in the original text; each token's {@code norm} is its canonical form.
 */
public record TextLayer(CanonicalText canonical, List<Sentence> sentences, List<Token> tokens) {

  public TextLayer {
    Objects.requireNonNull(canonical, "canonical");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }
}

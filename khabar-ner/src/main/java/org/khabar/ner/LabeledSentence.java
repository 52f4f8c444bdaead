package org.khabar.ner;

import java.util.List;

/**
 * A tokenised sentence with one BIO tag per token ({@code B-PERSON}, {@code I-ORG}, {@code O}...),
 * as read from a corpus.
 *
 * @param line the 1-based line of the sentence's first token in its file (0 when not from a file)
 * @param noisy whether the source marked some token with a tag that could not be interpreted
 *     (IL-NER tags some tokens with a bare {@code -}); training leaves such sentences out
 */
public record LabeledSentence(List<String> tokens, List<String> tags, int line, boolean noisy) {

  public LabeledSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
    }
  }

  public LabeledSentence(List<String> tokens, List<String> tags) {
    this(tokens, tags, 0, false);
  }

  public int size() {
    return tokens.size();
  }
}

package org.khabar.ner;

import java.util.List;

/**
 * Labelled sentences read from a CoNLL file, with what the reader had to repair.
 *
 * @param repairedTags tags rewritten to valid BIO: a type without {@code B-}/{@code I-} (IL-NER's
 *     {@code -NEL}), or an {@code I-X} that starts a span
 * @param unreadableTags tokens tagged with a bare {@code -} or nothing, read as {@code O} and their
 *     sentence marked {@link LabeledSentence#noisy()}
 * @param skippedLines lines with a tag but no token
 */
public record ConllCorpus(
    List<LabeledSentence> sentences, int repairedTags, int unreadableTags, int skippedLines) {

  public ConllCorpus {
    sentences = List.copyOf(sentences);
  }

  public int tokens() {
    return sentences.stream().mapToInt(LabeledSentence::size).sum();
  }

  /** The sentences without {@link LabeledSentence#noisy()} ones. */
  public List<LabeledSentence> clean() {
    return sentences.stream().filter(s -> !s.noisy()).toList();
  }
}

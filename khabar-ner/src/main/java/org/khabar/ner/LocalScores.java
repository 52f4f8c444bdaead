package org.khabar.ner;

/**
 * The local model of one sentence: the probability of each label at a position given the label
 * before it. Labels are indexed as in the model; {@code prev == labels} stands for the sentence
 * start.
 */
interface LocalScores {

  /**
   * Fills {@code out} with the probabilities of each label at {@code position} after {@code prev}.
   */
  void probabilities(int position, int prev, double[] out);
}

package org.khabar.ner;

/**
 * The local model of one sentence: the probability of each label at a position given the label
 * before it. Labels are indexed as in the model; {@code prev == labels} stands for the sentence
 * start.
 */
interface LocalScores {

  /**
   * Fills {@code out} with the probabilities of each label at {@code position} after {@code prev2},
   * {@code prev}.
   */
  void probabilities(int position, int prev2, int prev, double[] out);

  /**
   * Fills {@code probs} with the probabilities and {@code logProbs} with their natural logarithms
   * (implementations may compute the logarithms more cheaply than one {@code Math.log} each). For a
   * linear-chain CRF {@code logProbs} are the unnormalised log potentials that the decoder
   * normalises over whole sentences.
   */
  default void scores(int position, int prev2, int prev, double[] probs, double[] logProbs) {
    probabilities(position, prev2, prev, probs);
    for (int c = 0; c < probs.length; c++) {
      logProbs[c] = Math.log(probs[c]);
    }
  }

  /**
   * Fills {@code out} with the log potentials of a first-order linear-chain CRF at {@code position}
   * after {@code prev}: what {@link #scores} puts in {@code logProbs} for such a model, without the
   * local probabilities.
   */
  default void potentials(int position, int prev, double[] out) {
    scores(position, out.length, prev, new double[out.length], out);
  }
}

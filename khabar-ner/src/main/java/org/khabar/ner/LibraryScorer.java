package org.khabar.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;

/**
 * The reference local model: builds each position's feature strings and asks OpenNLP's {@link
 * QNModel#eval} for the label probabilities. Slow (a few hundred string allocations per token) but
 * by definition what the learner trained; {@link FastScorer} must agree with it. For a linear-chain
 * CRF the log potentials are the sums of the context's feature weights as the model holds them (its
 * local probabilities are their softmax, which is what {@code eval} gives).
 */
final class LibraryScorer {

  private final NerModel model;
  private final String[] labels;

  LibraryScorer(NerModel model) {
    this.model = model;
    QNModel m = model.maxent();
    labels = new String[m.getNumOutcomes()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = m.getOutcome(i);
    }
  }

  LocalScores prepare(List<String> tokens, List<String> gazetteer) {
    String[] words = tokens.toArray(String[]::new);
    String[] keys = Words.keys(words);
    String[] gaz = gazetteer.toArray(String[]::new);
    FeatureExtractor fx = model.features();
    String[] lex = fx.lexiconClasses(keys);
    QNModel m = model.maxent();
    return new LocalScores() {
      @Override
      public void probabilities(int position, int prev2, int prev, double[] out) {
        double[] p = m.eval(context(position, prev2, prev));
        System.arraycopy(p, 0, out, 0, out.length);
      }

      @Override
      public void scores(int position, int prev2, int prev, double[] probs, double[] logProbs) {
        probabilities(position, prev2, prev, probs);
        if (!model.crf()) {
          for (int c = 0; c < probs.length; c++) {
            logProbs[c] = Math.log(probs[c]);
          }
          return;
        }
        Arrays.fill(logProbs, 0.0);
        Map<String, Context> weights = model.weights();
        for (String f : context(position, prev2, prev)) {
          Context w = weights.get(f);
          if (w != null) {
            for (int j = 0; j < w.getOutcomes().length; j++) {
              logProbs[w.getOutcomes()[j]] += w.getParameters()[j];
            }
          }
        }
      }

      private String[] context(int position, int prev2, int prev) {
        String prevTag = prev == labels.length ? FeatureExtractor.START_TAG : labels[prev];
        String prev2Tag = prev2 == labels.length ? FeatureExtractor.START_TAG : labels[prev2];
        return fx.context(words, keys, lex, gaz, position, prev2Tag, prevTag);
      }
    };
  }
}

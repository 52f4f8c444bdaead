package org.khabar.ner;

import java.util.List;
import opennlp.tools.ml.maxent.quasinewton.QNModel;

/**
 * The reference local model: builds each position's feature strings and asks OpenNLP's {@link
 * QNModel#eval} for the label probabilities. Slow (a few hundred string allocations per token) but
 * by definition what the learner trained; {@link FastScorer} must agree with it.
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
    String[] keys = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      keys[i] = Words.key(words[i]);
    }
    String[] gaz = gazetteer.toArray(String[]::new);
    FeatureExtractor fx = model.features();
    String[] lex = fx.lexiconClasses(keys);
    QNModel m = model.maxent();
    return (position, prev2, prev, out) -> {
      String prevTag = prev == labels.length ? FeatureExtractor.START_TAG : labels[prev];
      String prev2Tag = prev2 == labels.length ? FeatureExtractor.START_TAG : labels[prev2];
      double[] p = m.eval(fx.context(words, keys, lex, gaz, position, prev2Tag, prevTag));
      System.arraycopy(p, 0, out, 0, out.length);
    };
  }
}

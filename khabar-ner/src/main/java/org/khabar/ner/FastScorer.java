package org.khabar.ner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.Context;

/**
 * A fast evaluator of the learnt maximum-entropy weights. The model is linear, so the features that
 * depend on one word at one offset (nearly all of them) add up to a fixed vector per word and
 * offset; those sums are computed once per word and cached, and a position costs a handful of array
 * additions, three bigram lookups and a softmax per previous label (per pair of previous labels for
 * a second-order model, whose pair weights are cached by word shape). Gives the same probabilities
 * as OpenNLP's own {@code QNModel.eval} up to floating-point summation order (see the tests).
 *
 * <p>For a linear-chain CRF the same sums are the log potentials: {@link LocalScores#scores} leaves
 * them unnormalised for the decoder, and the probabilities are their softmax at the position.
 *
 * <p>Thread-safe: the cache is a concurrent map, cleared when it grows past a bound.
 */
final class FastScorer {

  private static final int CACHE_LIMIT = 60_000;
  private static final int OFFSETS = 2 * FeatureExtractor.WINDOW + 1;

  private final FeatureExtractor features;
  private final Map<String, Context> weights;
  private final String[] labels;
  private final int n;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final Map<String, double[][]> gazetteerCache = new ConcurrentHashMap<>();
  private final Map<String, double[][]> pairCache = new ConcurrentHashMap<>();
  private final boolean secondOrder;
  private final boolean crf;
  private final double[][] before;
  private final double[][] after;

  /**
   * What one word contributes: by offset (-2..+2) and, at offset 0, by previous label and (second
   * order) by pair of previous labels, {@code prev2 * (n + 1) + prev}, shared by words of one
   * shape.
   */
  private static final class Entry {
    final String key;
    final String lex;
    final double[][] byOffset;
    final double[][] byPrev;
    final double[][] byPair;

    Entry(String key, String lex, double[][] byOffset, double[][] byPrev, double[][] byPair) {
      this.key = key;
      this.lex = lex;
      this.byOffset = byOffset;
      this.byPrev = byPrev;
      this.byPair = byPair;
    }
  }

  FastScorer(NerModel model) {
    features = model.features();
    weights = model.weights();
    n = model.maxent().getNumOutcomes();
    secondOrder = features.tagOrder() == 2;
    crf = model.crf();
    labels = new String[n];
    for (int i = 0; i < n; i++) {
      labels[i] = model.maxent().getOutcome(i);
    }
    before = new double[OFFSETS][];
    after = new double[OFFSETS][];
    for (int k = -FeatureExtractor.WINDOW; k <= FeatureExtractor.WINDOW; k++) {
      before[k + FeatureExtractor.WINDOW] = wordVector(FeatureExtractor.BEFORE, null, k);
      after[k + FeatureExtractor.WINDOW] = wordVector(FeatureExtractor.AFTER, null, k);
    }
  }

  private void add(double[] v, String feature) {
    Context c = weights.get(feature);
    if (c != null) {
      int[] outcomes = c.getOutcomes();
      double[] params = c.getParameters();
      for (int j = 0; j < outcomes.length; j++) {
        v[outcomes[j]] += params[j];
      }
    }
  }

  private double[] wordVector(String word, String key, int offset) {
    double[] v = new double[n];
    features.wordFeatures(word, key, offset, f -> add(v, f));
    return v;
  }

  private Entry entry(String word) {
    Entry e = cache.get(word);
    if (e != null) {
      return e;
    }
    String key = Words.key(word);
    double[][] byOffset = new double[OFFSETS][];
    for (int k = -FeatureExtractor.WINDOW; k <= FeatureExtractor.WINDOW; k++) {
      byOffset[k + FeatureExtractor.WINDOW] = wordVector(word, key, k);
    }
    double[][] byPrev = new double[n + 1][];
    for (int p = 0; p <= n; p++) {
      double[] v = new double[n];
      String prev = p == n ? FeatureExtractor.START_TAG : labels[p];
      features.tagFeatures(prev, key, f -> add(v, f));
      byPrev[p] = v;
    }
    double[][] byPair = secondOrder ? pairVectors(word) : null;
    e = new Entry(key, features.lexiconClass(key), byOffset, byPrev, byPair);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(word, e);
    return e;
  }

  /** The second-order features' weights by pair of previous labels, for a word's shape. */
  private double[][] pairVectors(String word) {
    return pairCache.computeIfAbsent(
        Words.shape(word),
        shape -> {
          double[][] v = new double[(n + 1) * (n + 1)][n];
          for (int p2 = 0; p2 <= n; p2++) {
            String prev2 = p2 == n ? FeatureExtractor.START_TAG : labels[p2];
            for (int p = 0; p <= n; p++) {
              String prev = p == n ? FeatureExtractor.START_TAG : labels[p];
              double[] row = v[p2 * (n + 1) + p];
              features.secondOrderFeatures(prev2, prev, word, f -> add(row, f));
            }
          }
          return v;
        });
  }

  private double[][] gazetteerVectors(String label) {
    return gazetteerCache.computeIfAbsent(
        label,
        l -> {
          double[][] v = new double[3][n];
          for (int k = -1; k <= 1; k++) {
            double[] row = v[k + 1];
            features.gazetteerFeatures(l, k, f -> add(row, f));
          }
          return v;
        });
  }

  LocalScores prepare(List<String> tokens, List<String> gazetteer) {
    int len = tokens.size();
    Entry[] entries = new Entry[len];
    String[] keys = new String[len];
    String[] lex = new String[len];
    for (int i = 0; i < len; i++) {
      entries[i] = entry(tokens.get(i));
      keys[i] = entries[i].key;
      lex[i] = entries[i].lex;
    }
    double[][] base = new double[len][n];
    for (int i = 0; i < len; i++) {
      double[] s = base[i];
      for (int k = -FeatureExtractor.WINDOW; k <= FeatureExtractor.WINDOW; k++) {
        int j = i + k;
        int o = k + FeatureExtractor.WINDOW;
        double[] v = j < 0 ? before[o] : j >= len ? after[o] : entries[j].byOffset[o];
        for (int c = 0; c < n; c++) {
          s[c] += v[c];
        }
      }
      final int at = i;
      features.contextFeatures(keys, lex, at, f -> add(s, f));
      for (int k = -1; k <= 1; k++) {
        int j = i + k;
        if (j >= 0 && j < len && !Gazetteer.NONE_LABEL.equals(gazetteer.get(j))) {
          double[] v = gazetteerVectors(gazetteer.get(j))[k + 1];
          for (int c = 0; c < n; c++) {
            s[c] += v[c];
          }
        }
      }
    }
    return new LocalScores() {
      @Override
      public void probabilities(int position, int prev2, int prev, double[] out) {
        scores(position, prev2, prev, out, new double[n]);
      }

      @Override
      public void potentials(int position, int prev, double[] out) {
        double[] s = base[position];
        double[] t = entries[position].byPrev[prev];
        for (int c = 0; c < n; c++) {
          out[c] = s[c] + t[c];
        }
      }

      @Override
      public void scores(int position, int prev2, int prev, double[] probs, double[] logProbs) {
        double[] s = base[position];
        Entry e = entries[position];
        double[] t = e.byPrev[prev];
        for (int c = 0; c < n; c++) {
          logProbs[c] = s[c] + t[c];
        }
        if (e.byPair != null) {
          double[] u = e.byPair[prev2 * (n + 1) + prev];
          for (int c = 0; c < n; c++) {
            logProbs[c] += u[c];
          }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
          max = Math.max(max, logProbs[c]);
        }
        double sum = 0;
        for (int c = 0; c < n; c++) {
          probs[c] = Math.exp(logProbs[c] - max);
          sum += probs[c];
        }
        double logZ = max + Math.log(sum);
        for (int c = 0; c < n; c++) {
          probs[c] /= sum;
          if (!crf) {
            logProbs[c] -= logZ;
          }
        }
      }
    };
  }
}

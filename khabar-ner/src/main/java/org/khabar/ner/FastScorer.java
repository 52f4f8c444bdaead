package org.khabar.ner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.Context;

/**
 * A fast evaluator of the learnt maximum-entropy weights. The model is linear, so the features that
 * depend on one word at one offset (nearly all of them) add up to a fixed vector per word and
 * offset; those sums are computed once per word and cached, and a position costs a handful of array
 * additions, three bigram lookups and a softmax per previous label. Gives the same probabilities as
 * OpenNLP's own {@code QNModel.eval} up to floating-point summation order (see the tests).
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
  private final double[][] before;
  private final double[][] after;

  /** What one word contributes: by offset (-2..+2) and, at offset 0, by previous label. */
  private record Entry(String key, double[][] byOffset, double[][] byPrev) {}

  FastScorer(NerModel model) {
    features = model.features();
    weights = model.weights();
    n = model.maxent().getNumOutcomes();
    labels = new String[n];
    for (int i = 0; i < n; i++) {
      labels[i] = model.maxent().getOutcome(i);
    }
    before = new double[OFFSETS][];
    after = new double[OFFSETS][];
    for (int k = -FeatureExtractor.WINDOW; k <= FeatureExtractor.WINDOW; k++) {
      before[k + FeatureExtractor.WINDOW] = wordVector(FeatureExtractor.BEFORE, k);
      after[k + FeatureExtractor.WINDOW] = wordVector(FeatureExtractor.AFTER, k);
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

  private double[] wordVector(String word, int offset) {
    double[] v = new double[n];
    features.wordFeatures(word, offset, f -> add(v, f));
    return v;
  }

  private Entry entry(String word) {
    Entry e = cache.get(word);
    if (e != null) {
      return e;
    }
    double[][] byOffset = new double[OFFSETS][];
    for (int k = -FeatureExtractor.WINDOW; k <= FeatureExtractor.WINDOW; k++) {
      byOffset[k + FeatureExtractor.WINDOW] = wordVector(word, k);
    }
    double[][] byPrev = new double[n + 1][];
    for (int p = 0; p <= n; p++) {
      double[] v = new double[n];
      String prev = p == n ? FeatureExtractor.START_TAG : labels[p];
      features.tagFeatures(prev, word, f -> add(v, f));
      byPrev[p] = v;
    }
    e = new Entry(Words.key(word), byOffset, byPrev);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(word, e);
    return e;
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
    for (int i = 0; i < len; i++) {
      entries[i] = entry(tokens.get(i));
      keys[i] = entries[i].key();
    }
    double[][] base = new double[len][n];
    for (int i = 0; i < len; i++) {
      double[] s = base[i];
      for (int k = -FeatureExtractor.WINDOW; k <= FeatureExtractor.WINDOW; k++) {
        int j = i + k;
        int o = k + FeatureExtractor.WINDOW;
        double[] v = j < 0 ? before[o] : j >= len ? after[o] : entries[j].byOffset()[o];
        for (int c = 0; c < n; c++) {
          s[c] += v[c];
        }
      }
      final int at = i;
      features.pairFeatures(keys, at, f -> add(s, f));
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
    return (position, prev, out) -> {
      double[] s = base[position];
      double[] t = entries[position].byPrev()[prev];
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < n; c++) {
        out[c] = s[c] + t[c];
        max = Math.max(max, out[c]);
      }
      double sum = 0;
      for (int c = 0; c < n; c++) {
        out[c] = Math.exp(out[c] - max);
        sum += out[c];
      }
      for (int c = 0; c < n; c++) {
        out[c] /= sum;
      }
    };
  }
}

package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.khabar.model.EntityType;

/**
 * Finds the most probable tag sequence of a left-to-right (maximum-entropy Markov) model by Viterbi
 * search, allowing only valid BIO sequences ({@code I-X} only after {@code B-X} or {@code I-X}),
 * and computes each position's label marginals by the forward recursion under the same constraint.
 * Exact for first-order models; OpenNLP's beam search would only approximate it. Immutable and
 * thread-safe.
 */
final class SequenceDecoder {

  private final String[] labels;

  /** allowed[prev][cur], prev == labels.length for the sentence start. */
  private final boolean[][] allowed;

  SequenceDecoder(String[] labels) {
    this.labels = labels.clone();
    int n = labels.length;
    allowed = new boolean[n + 1][n];
    for (int p = 0; p <= n; p++) {
      EntityType prevType = p == n ? null : Bio.typeOf(labels[p]);
      for (int c = 0; c < n; c++) {
        EntityType t = Bio.typeOf(labels[c]);
        boolean inside = labels[c].startsWith("I-");
        allowed[p][c] = !inside || (prevType != null && prevType == t);
      }
    }
  }

  int labelCount() {
    return labels.length;
  }

  String label(int i) {
    return labels[i];
  }

  Tagging decode(int length, LocalScores scores) {
    int n = labels.length;
    if (length == 0) {
      return new Tagging(List.of(), List.of());
    }
    double[][] best = new double[length][n];
    int[][] back = new int[length][n];
    double[][] alpha = new double[length][n];
    double[] probs = new double[n];
    for (int i = 0; i < length; i++) {
      Arrays.fill(best[i], Double.NEGATIVE_INFINITY);
      int prevCount = i == 0 ? 1 : n;
      for (int pi = 0; pi < prevCount; pi++) {
        int p = i == 0 ? n : pi;
        double prevBest = i == 0 ? 0.0 : best[i - 1][p];
        double prevAlpha = i == 0 ? 1.0 : alpha[i - 1][p];
        if (prevBest == Double.NEGATIVE_INFINITY) {
          continue;
        }
        scores.probabilities(i, p, probs);
        for (int c = 0; c < n; c++) {
          if (!allowed[p][c]) {
            continue;
          }
          double s = prevBest + Math.log(probs[c]);
          if (s > best[i][c]) {
            best[i][c] = s;
            back[i][c] = p;
          }
          alpha[i][c] += prevAlpha * probs[c];
        }
      }
      double z = 0;
      for (int c = 0; c < n; c++) {
        z += alpha[i][c];
      }
      if (z > 0) {
        for (int c = 0; c < n; c++) {
          alpha[i][c] /= z;
        }
      }
    }
    int last = 0;
    for (int c = 1; c < n; c++) {
      if (best[length - 1][c] > best[length - 1][last]) {
        last = c;
      }
    }
    int[] path = new int[length];
    path[length - 1] = last;
    for (int i = length - 1; i > 0; i--) {
      path[i - 1] = back[i][path[i]];
    }
    List<String> tags = new ArrayList<>(length);
    List<Double> p = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      tags.add(labels[path[i]]);
      p.add(Math.min(1.0, alpha[i][path[i]]));
    }
    return new Tagging(tags, p);
  }
}

package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.khabar.model.EntityType;

/**
 * Finds the most probable tag sequence of a left-to-right (maximum-entropy Markov) model by Viterbi
 * search, allowing only valid BIO sequences ({@code I-X} only after {@code B-X} or {@code I-X}),
 * and computes each position's label marginals by the forward recursion under the same constraint.
 * Exact for first-order models; OpenNLP's beam search would only approximate it. A second-order
 * model (the tag given the two before it) is searched exactly over pairs of tags, with the
 * marginals of its forward recursion summed over the earlier tag of each pair. Immutable and
 * thread-safe.
 */
final class SequenceDecoder {

  private final String[] labels;

  /** allowed[prev][cur], prev == labels.length for the sentence start. */
  private final boolean[][] allowed;

  private final int order;

  private final boolean globallyNormalised;

  SequenceDecoder(String[] labels) {
    this(labels, 1);
  }

  /** A decoder for a model of the given tag order (1 or 2). */
  SequenceDecoder(String[] labels, int order) {
    this(labels, order, false);
  }

  /**
   * A decoder for a left-to-right model of the given tag order, or ({@code globallyNormalised}) for
   * a first-order linear-chain CRF, whose local scores are unnormalised log potentials.
   */
  SequenceDecoder(String[] labels, int order, boolean globallyNormalised) {
    if (globallyNormalised && order != 1) {
      throw new IllegalArgumentException("a linear-chain CRF is first-order");
    }
    this.order = order;
    this.globallyNormalised = globallyNormalised;
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
    if (order == 2) {
      return decodeSecondOrder(length, scores);
    }
    if (globallyNormalised) {
      return decodeChain(length, scores);
    }
    double[][] best = new double[length][n];
    int[][] back = new int[length][n];
    double[][] alpha = new double[length][n];
    double[] probs = new double[n];
    double[] logProbs = new double[n];
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
        scores.scores(i, n, p, probs, logProbs);
        for (int c = 0; c < n; c++) {
          if (!allowed[p][c]) {
            continue;
          }
          double s = prevBest + logProbs[c];
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
    int[] path = backtrack(best, back);
    List<String> tags = new ArrayList<>(length);
    List<Double> p = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      tags.add(labels[path[i]]);
      p.add(Math.min(1.0, alpha[i][path[i]]));
    }
    return new Tagging(tags, p);
  }

  /**
   * Viterbi and forward recursion over states (tag at i - 1, tag at i); index {@code n} of the
   * earlier tag is the sentence start.
   */
  private Tagging decodeSecondOrder(int length, LocalScores scores) {
    int n = labels.length;
    double[][][] best = new double[length][n + 1][n];
    int[][][] back = new int[length][n + 1][n];
    double[][][] alpha = new double[length][n + 1][n];
    double[] probs = new double[n];
    double[] logProbs = new double[n];
    for (int i = 0; i < length; i++) {
      for (double[] row : best[i]) {
        Arrays.fill(row, Double.NEGATIVE_INFINITY);
      }
      double z = 0;
      for (int p = 0; p <= n; p++) {
        if ((i == 0) != (p == n)) {
          continue;
        }
        for (int p2 = 0; p2 <= n; p2++) {
          if (i <= 1 ? p2 != n : p2 == n) {
            continue;
          }
          double prevBest = i == 0 ? 0.0 : best[i - 1][p2][p];
          if (prevBest == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double prevAlpha = i == 0 ? 1.0 : alpha[i - 1][p2][p];
          scores.scores(i, p2, p, probs, logProbs);
          for (int c = 0; c < n; c++) {
            if (!allowed[p][c]) {
              continue;
            }
            double s = prevBest + logProbs[c];
            if (s > best[i][p][c]) {
              best[i][p][c] = s;
              back[i][p][c] = p2;
            }
            double a = prevAlpha * probs[c];
            alpha[i][p][c] += a;
            z += a;
          }
        }
      }
      if (z > 0) {
        for (double[] row : alpha[i]) {
          for (int c = 0; c < n; c++) {
            row[c] /= z;
          }
        }
      }
    }
    int lastPrev = n;
    int last = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int p = 0; p <= n; p++) {
      for (int c = 0; c < n; c++) {
        if (best[length - 1][p][c] > top) {
          top = best[length - 1][p][c];
          lastPrev = p;
          last = c;
        }
      }
    }
    int[] path = new int[length];
    path[length - 1] = last;
    if (length > 1) {
      path[length - 2] = lastPrev;
    }
    for (int i = length - 1; i >= 2; i--) {
      path[i - 2] = back[i][path[i - 1]][path[i]];
    }
    List<String> tags = new ArrayList<>(length);
    List<Double> p = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      tags.add(labels[path[i]]);
      double marginal = 0;
      for (int q = 0; q <= n; q++) {
        marginal += alpha[i][q][path[i]];
      }
      p.add(Math.min(1.0, marginal));
    }
    return new Tagging(tags, p);
  }

  /**
   * Viterbi and forward-backward for a linear-chain CRF: the score of a sequence is the sum of its
   * positions' log potentials ({@link LocalScores#potentials}, unnormalised), normalised once over
   * all valid BIO sequences. A token's probability is the marginal of its tag, from forward and
   * backward sums in probability space, rescaled at every position (the scale cancels in the
   * marginal).
   */
  private Tagging decodeChain(int length, LocalScores scores) {
    int n = labels.length;
    // potential[i][p * n + c]: log potential of tag c at i after p (at i == 0 only p == 0, the
    // start)
    double[][] potential = new double[length][];
    double[] row = new double[n];
    for (int i = 0; i < length; i++) {
      int prevCount = i == 0 ? 1 : n;
      double[] pot = new double[prevCount * n];
      for (int pi = 0; pi < prevCount; pi++) {
        int p = i == 0 ? n : pi;
        scores.potentials(i, p, row);
        for (int c = 0; c < n; c++) {
          pot[pi * n + c] = allowed[p][c] ? row[c] : Double.NEGATIVE_INFINITY;
        }
      }
      potential[i] = pot;
    }
    double[][] best = new double[length][n];
    int[][] back = new int[length][n];
    System.arraycopy(potential[0], 0, best[0], 0, n);
    for (int i = 1; i < length; i++) {
      double[] pot = potential[i];
      for (int c = 0; c < n; c++) {
        double top = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < n; p++) {
          double s = best[i - 1][p] + pot[p * n + c];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        best[i][c] = top;
        back[i][c] = arg;
      }
    }
    int[] path = backtrack(best, back);
    // exp(potential - its maximum at the position): the shift is a constant factor per position.
    for (double[] pot : potential) {
      double max = Double.NEGATIVE_INFINITY;
      for (double x : pot) {
        max = Math.max(max, x);
      }
      for (int k = 0; k < pot.length; k++) {
        pot[k] = Math.exp(pot[k] - max);
      }
    }
    double[][] alpha = new double[length][n];
    double[][] beta = new double[length][n];
    System.arraycopy(potential[0], 0, alpha[0], 0, n);
    normalise(alpha[0]);
    for (int i = 1; i < length; i++) {
      double[] pot = potential[i];
      for (int p = 0; p < n; p++) {
        double a = alpha[i - 1][p];
        if (a == 0) {
          continue;
        }
        for (int c = 0; c < n; c++) {
          alpha[i][c] += a * pot[p * n + c];
        }
      }
      normalise(alpha[i]);
    }
    Arrays.fill(beta[length - 1], 1.0);
    for (int i = length - 2; i >= 0; i--) {
      double[] pot = potential[i + 1];
      for (int p = 0; p < n; p++) {
        double b = 0;
        for (int c = 0; c < n; c++) {
          b += pot[p * n + c] * beta[i + 1][c];
        }
        beta[i][p] = b;
      }
      normalise(beta[i]);
    }
    List<String> tags = new ArrayList<>(length);
    List<Double> p = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      tags.add(labels[path[i]]);
      double z = 0;
      for (int c = 0; c < n; c++) {
        z += alpha[i][c] * beta[i][c];
      }
      p.add(z > 0 ? Math.min(1.0, alpha[i][path[i]] * beta[i][path[i]] / z) : 0.0);
    }
    return new Tagging(tags, p);
  }

  /** The best path of a first-order Viterbi table: the best last tag, then its back pointers. */
  private static int[] backtrack(double[][] best, int[][] back) {
    int length = best.length;
    int n = best[length - 1].length;
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
    return path;
  }

  private static void normalise(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    if (sum > 0) {
      for (int k = 0; k < v.length; k++) {
        v[k] /= sum;
      }
    }
  }
}

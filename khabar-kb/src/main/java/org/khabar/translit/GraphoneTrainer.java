package org.khabar.translit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link GraphoneModel} from word pairs: many-to-many EM alignment (Jiampojamarn, Kondrak
 * and Sherif 2007) of Latin letters to Devanagari symbols, Viterbi segmentation of each pair into
 * graphones, then n-gram counts over graphone sequences.
 */
public final class GraphoneTrainer {

  /** One training pair; {@code weight} repeats it (attestation counts). */
  public record Pair(String latin, String devanagari, int weight) {}

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> latinSide = new ArrayList<>(List.of("<s>", "</s>"));
  private final List<String> devSide = new ArrayList<>(List.of("<s>", "</s>"));

  private GraphoneTrainer() {}

  /** Aligns and counts; {@code order} 1..3, {@code iterations} of EM (5 is plenty). */
  public static GraphoneModel train(List<Pair> pairs, int order, int iterations) {
    return new GraphoneTrainer().run(pairs, order, iterations);
  }

  /** A pair ready for EM: its letters, symbols, weight and alignment lattice edges. */
  private static final class Prepared {
    private final String latin;
    private final List<String> dev;
    private final int weight;
    private final int[] edges;

    Prepared(String latin, List<String> dev, int weight, int[] edges) {
      this.latin = latin;
      this.dev = dev;
      this.weight = weight;
      this.edges = edges;
    }

    String latin() {
      return latin;
    }

    List<String> dev() {
      return dev;
    }

    int weight() {
      return weight;
    }

    int[] edges() {
      return edges;
    }
  }

  private GraphoneModel run(List<Pair> pairs, int order, int iterations) {
    List<Prepared> data = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      String lat = Graphones.latinLetters(p.latin());
      List<String> dev = Graphones.devanagariSymbols(p.devanagari());
      if (lat == null || lat.isEmpty() || dev.isEmpty()) {
        continue;
      }
      int[] edges = edges(lat, dev);
      if (edges != null) {
        data.add(new Prepared(lat, dev, Math.max(1, p.weight()), edges));
      }
    }
    double[] prob = new double[latinSide.size()];
    Arrays.fill(prob, 1.0 / prob.length);
    for (int it = 0; it < iterations; it++) {
      double[] expected = new double[prob.length];
      for (Prepared p : data) {
        expect(p, prob, expected);
      }
      double sum = 0;
      for (double e : expected) {
        sum += e;
      }
      for (int g = 0; g < prob.length; g++) {
        prob[g] = expected[g] / sum;
      }
    }
    // Viterbi segmentation, then counts over the graphones actually used.
    Map<Integer, Integer> remap = new HashMap<>();
    List<String> lat = new ArrayList<>(List.of("<s>", "</s>"));
    List<String> dev = new ArrayList<>(List.of("<s>", "</s>"));
    LongIntMap ngrams = new LongIntMap(1 << 16);
    for (Prepared p : data) {
      int[] seq = viterbi(p, prob);
      if (seq == null) {
        continue;
      }
      int[] s = new int[seq.length + 2];
      s[0] = GraphoneModel.BOS;
      s[s.length - 1] = GraphoneModel.EOS;
      for (int i = 0; i < seq.length; i++) {
        int old = seq[i];
        s[i + 1] =
            remap.computeIfAbsent(
                old,
                o -> {
                  lat.add(latinSide.get(o));
                  dev.add(devSide.get(o));
                  return lat.size() - 1;
                });
      }
      for (int i = 1; i < s.length; i++) {
        for (int n = 1; n <= order && i - n + 1 >= 0; n++) {
          ngrams.add(GraphoneModel.key(Arrays.copyOfRange(s, i - n + 1, i + 1)), p.weight());
        }
      }
    }
    return new GraphoneModel(order, lat.toArray(new String[0]), dev.toArray(new String[0]), ngrams);
  }

  private int id(String latin, String dev) {
    String k = latin + '\u0001' + dev;
    Integer id = ids.get(k);
    if (id == null) {
      id = latinSide.size();
      ids.put(k, id);
      latinSide.add(latin);
      devSide.add(dev);
    }
    return id;
  }

  /**
   * Every possible edge of the alignment lattice as (from-cell, to-cell, graphone) triples; null
   * when the pair cannot be aligned at all.
   */
  private int[] edges(String lat, List<String> dev) {
    int n = lat.length();
    int m = dev.size();
    int cols = m + 1;
    List<Integer> out = new ArrayList<>();
    boolean[] reach = new boolean[(n + 1) * cols];
    reach[0] = true;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (!reach[i * cols + j]) {
          continue;
        }
        for (int a = 1; a <= Graphones.MAX_LATIN && i + a <= n; a++) {
          StringBuilder d = new StringBuilder();
          for (int b = 1; b <= Graphones.MAX_DEVANAGARI && j + b <= m; b++) {
            d.append(dev.get(j + b - 1));
            int to = (i + a) * cols + j + b;
            reach[to] = true;
            out.add(i * cols + j);
            out.add(to);
            out.add(id(lat.substring(i, i + a), d.toString()));
          }
        }
      }
    }
    if (!reach[n * cols + m]) {
      return null;
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void expect(Prepared p, double[] prob, double[] expected) {
    int cells = (p.latin().length() + 1) * (p.dev().size() + 1);
    double[] alpha = new double[cells];
    double[] beta = new double[cells];
    int[] e = p.edges();
    alpha[0] = 1.0;
    // Edges are generated in order of their source cell, so one forward pass suffices.
    for (int k = 0; k < e.length; k += 3) {
      alpha[e[k + 1]] += alpha[e[k]] * prob[e[k + 2]];
    }
    beta[cells - 1] = 1.0;
    for (int k = e.length - 3; k >= 0; k -= 3) {
      beta[e[k]] += beta[e[k + 1]] * prob[e[k + 2]];
    }
    double z = alpha[cells - 1];
    if (!(z > 0)) {
      return;
    }
    for (int k = 0; k < e.length; k += 3) {
      double post = alpha[e[k]] * prob[e[k + 2]] * beta[e[k + 1]] / z;
      expected[e[k + 2]] += post * p.weight();
    }
  }

  private static int[] viterbi(Prepared p, double[] prob) {
    int cells = (p.latin().length() + 1) * (p.dev().size() + 1);
    double[] best = new double[cells];
    int[] backEdge = new int[cells];
    Arrays.fill(best, Double.NEGATIVE_INFINITY);
    Arrays.fill(backEdge, -1);
    best[0] = 0;
    int[] e = p.edges();
    for (int k = 0; k < e.length; k += 3) {
      double s = best[e[k]] + Math.log(prob[e[k + 2]]);
      if (s > best[e[k + 1]]) {
        best[e[k + 1]] = s;
        backEdge[e[k + 1]] = k;
      }
    }
    if (backEdge[cells - 1] < 0) {
      return null;
    }
    List<Integer> seq = new ArrayList<>();
    int cell = cells - 1;
    while (cell != 0) {
      int k = backEdge[cell];
      seq.add(0, e[k + 2]);
      cell = e[k];
    }
    return seq.stream().mapToInt(Integer::intValue).toArray();
  }
}

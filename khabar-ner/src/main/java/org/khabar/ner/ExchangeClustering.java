package org.khabar.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word clustering by the exchange algorithm on a predictive class-bigram model (Uszkoreit and
 * Brants 2008, "Distributed word clustering for large scale class-based language modeling"): each
 * word is moved to the class that most increases the likelihood of {@code P(w_i | w_{i-1}) = P(w_i
 * | c(w_i)) P(c(w_i) | w_{i-1})}, until no word moves or the iterations run out.
 *
 * <p>Hand-written because no maintained Java library offers Brown or exchange clustering; it is
 * deterministic (initial classes by frequency rank, words visited in frequency order, ties to the
 * lowest class), so the shipped clusters are reproducible from the same text.
 *
 * <p>The objective, up to constants, is {@code F = sum_{v,c} g(N(v,c)) - sum_c g(N(c))} with {@code
 * g(x) = x ln x}, {@code N(v,c)} the number of bigrams {@code (v, w)} with {@code w} in class
 * {@code c}, and {@code N(c)} the number of tokens in class {@code c}.
 */
public final class ExchangeClustering {

  private ExchangeClustering() {}

  /** Settings: the vocabulary (at most {@code maxWords} words seen at least {@code minCount}). */
  public record Config(int minCount, int maxWords, int iterations) {
    public Config {
      if (minCount < 1 || maxWords < 2 || iterations < 1) {
        throw new IllegalArgumentException("invalid clustering config " + this);
      }
    }
  }

  /**
   * Clusters the words of a corpus at each of the given class counts.
   *
   * @param sentences the corpus, one list of word keys per sentence (or line)
   * @param sizes the class counts, e.g. {@code {64, 256, 1024}}
   */
  public static WordClusters cluster(List<List<String>> sentences, int[] sizes, Config config) {
    Corpus corpus = Corpus.of(sentences, config);
    Map<String, int[]> classes = new HashMap<>();
    for (int i = 0; i < corpus.words.length; i++) {
      classes.put(corpus.words[i], new int[sizes.length]);
    }
    for (int g = 0; g < sizes.length; g++) {
      int[] c = run(corpus, Math.min(sizes[g], corpus.words.length), config.iterations());
      for (int i = 0; i < c.length; i++) {
        classes.get(corpus.words[i])[g] = c[i];
      }
    }
    return new WordClusters(sizes, classes);
  }

  /**
   * Clusters by left context at {@code leftSizes} and by right context (the same exchange on the
   * reversed sentences) at {@code rightSizes}; the result lists the left granularities first.
   */
  public static WordClusters clusterBothSides(
      List<List<String>> sentences, int[] leftSizes, int[] rightSizes, Config config) {
    WordClusters left = cluster(sentences, leftSizes, config);
    if (rightSizes.length == 0) {
      return left;
    }
    List<List<String>> reversed = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      reversed.add(s.reversed());
    }
    WordClusters right = cluster(reversed, rightSizes, config);
    int[] sizes = new int[leftSizes.length + rightSizes.length];
    System.arraycopy(leftSizes, 0, sizes, 0, leftSizes.length);
    System.arraycopy(rightSizes, 0, sizes, leftSizes.length, rightSizes.length);
    Map<String, int[]> merged = new HashMap<>();
    for (String w : left.wordSet()) {
      int[] l = left.classesOf(w);
      int[] r = right.classesOf(w);
      int[] c = Arrays.copyOf(l, sizes.length);
      System.arraycopy(r, 0, c, leftSizes.length, rightSizes.length);
      merged.put(w, c);
    }
    return new WordClusters(sizes, merged);
  }

  /**
   * The corpus as counts: {@code words[0..V)} the clustered vocabulary by falling frequency;
   * history ids are {@code 0..V} (V = sentence start or rare word); {@code predecessors/preCounts}
   * the in-edges of each word in CSR form.
   */
  private record Corpus(
      String[] words,
      long[] counts,
      int[] edgeStart,
      int[] predecessors,
      int[] preCounts,
      long totalTokens) {

    static Corpus of(List<List<String>> sentences, Config config) {
      Map<String, Integer> freq = new HashMap<>();
      for (List<String> s : sentences) {
        for (String w : s) {
          freq.merge(w, 1, Integer::sum);
        }
      }
      String[] words =
          freq.entrySet().stream()
              .filter(e -> e.getValue() >= config.minCount())
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(config.maxWords())
              .map(Map.Entry::getKey)
              .toArray(String[]::new);
      int v = words.length;
      Map<String, Integer> id = HashMap.newHashMap(v);
      for (int i = 0; i < v; i++) {
        id.put(words[i], i);
      }
      long[] counts = new long[v];
      long total = 0;
      long[] buf = new long[1024];
      int n = 0;
      for (List<String> s : sentences) {
        int prev = v; // sentence start
        for (String w : s) {
          Integer wi = id.get(w);
          int cur = wi == null ? v : wi;
          if (cur < v) {
            counts[cur]++;
            total++;
            if (n == buf.length) {
              buf = Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = ((long) cur << 32) | prev;
          }
          prev = cur;
        }
      }
      long[] keys = Arrays.copyOf(buf, n);
      Arrays.sort(keys);
      int[] edgeStart = new int[v + 1];
      int distinct = 0;
      for (int i = 0; i < n; i++) {
        if (i == 0 || keys[i] != keys[i - 1]) {
          distinct++;
        }
      }
      int[] preds = new int[distinct];
      int[] preCounts = new int[distinct];
      int e = -1;
      for (int i = 0; i < n; i++) {
        if (i == 0 || keys[i] != keys[i - 1]) {
          e++;
          preds[e] = (int) keys[i];
          int word = (int) (keys[i] >>> 32);
          edgeStart[word + 1] = e + 1;
        }
        preCounts[e]++;
      }
      for (int w = 1; w <= v; w++) {
        edgeStart[w] = Math.max(edgeStart[w], edgeStart[w - 1]);
      }
      return new Corpus(words, counts, edgeStart, preds, preCounts, total);
    }
  }

  private static int[] run(Corpus corpus, int numClasses, int iterations) {
    int v = corpus.words.length;
    int histories = v + 1;
    int[] cls = new int[v];
    long[] classCount = new long[numClasses];
    int[][] hc = new int[histories][numClasses];
    double[] g = xlogxTable((int) Math.min(Integer.MAX_VALUE - 8, corpus.totalTokens + 1));
    for (int w = 0; w < v; w++) {
      cls[w] = w % numClasses;
      classCount[cls[w]] += corpus.counts[w];
      for (int e = corpus.edgeStart[w]; e < corpus.edgeStart[w + 1]; e++) {
        hc[corpus.predecessors[e]][cls[w]] += corpus.preCounts[e];
      }
    }
    double[] delta = new double[numClasses];
    for (int it = 0; it < iterations; it++) {
      int moves = 0;
      for (int w = 0; w < v; w++) {
        int from = cls[w];
        int begin = corpus.edgeStart[w];
        int end = corpus.edgeStart[w + 1];
        for (int e = begin; e < end; e++) {
          hc[corpus.predecessors[e]][from] -= corpus.preCounts[e];
        }
        long cw = corpus.counts[w];
        classCount[from] -= cw;
        for (int c = 0; c < numClasses; c++) {
          delta[c] = g[(int) classCount[c]] - g[(int) (classCount[c] + cw)];
        }
        for (int e = begin; e < end; e++) {
          int[] row = hc[corpus.predecessors[e]];
          int n = corpus.preCounts[e];
          for (int c = 0; c < numClasses; c++) {
            int x = row[c];
            delta[c] += g[x + n] - g[x];
          }
        }
        int best = from;
        for (int c = 0; c < numClasses; c++) {
          if (delta[c] > delta[best] + 1e-9) {
            best = c;
          }
        }
        if (best != from) {
          moves++;
        }
        cls[w] = best;
        classCount[best] += cw;
        for (int e = begin; e < end; e++) {
          hc[corpus.predecessors[e]][best] += corpus.preCounts[e];
        }
      }
      if (moves == 0) {
        break;
      }
    }
    return cls;
  }

  private static double[] xlogxTable(int size) {
    double[] t = new double[size + 1];
    for (int i = 2; i <= size; i++) {
      t[i] = i * Math.log(i);
    }
    return t;
  }
}

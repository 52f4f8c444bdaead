package org.khabar.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word clusters at several granularities (for instance 64, 256 and 1024 classes), keyed by {@link
 * Words#key}. Learnt from unlabeled news by {@link ExchangeClustering}; words seen too rarely have
 * no cluster.
 */
public final class WordClusters {

  private final int[] sizes;
  private final Map<String, int[]> clusters;

  /**
   * @param sizes the number of classes of each granularity
   * @param clusters for each word key, its class at each granularity (same order as {@code sizes})
   */
  public WordClusters(int[] sizes, Map<String, int[]> clusters) {
    this.sizes = sizes.clone();
    Map<String, int[]> copy = HashMap.newHashMap(clusters.size());
    clusters.forEach(
        (w, c) -> {
          if (c.length != sizes.length) {
            throw new IllegalArgumentException("word '" + w + "' has " + c.length + " classes");
          }
          copy.put(w, c.clone());
        });
    this.clusters = copy;
  }

  /** No clusters at all. */
  public static WordClusters empty() {
    return new WordClusters(new int[0], Map.of());
  }

  /** The number of classes of each granularity. */
  public int[] sizes() {
    return sizes.clone();
  }

  public int granularities() {
    return sizes.length;
  }

  public int words() {
    return clusters.size();
  }

  /** The words that have classes. */
  java.util.Set<String> wordSet() {
    return java.util.Collections.unmodifiableSet(clusters.keySet());
  }

  /** The classes of a word key at each granularity, or {@code null} when it has none. */
  int[] classesOf(String key) {
    return clusters.get(key);
  }

  /** The class of a word key at granularity {@code g}, or -1. */
  public int classOf(String key, int g) {
    int[] c = clusters.get(key);
    return c == null ? -1 : c[g];
  }

  /** Writes the clusters (sorted by word, so the bytes are reproducible). */
  void write(DataOutput out) throws IOException {
    out.writeInt(sizes.length);
    for (int s : sizes) {
      out.writeInt(s);
    }
    List<String> words = clusters.keySet().stream().sorted().toList();
    out.writeInt(words.size());
    for (String w : words) {
      out.writeUTF(w);
      for (int c : clusters.get(w)) {
        out.writeShort(c);
      }
    }
  }

  static WordClusters read(DataInput in) throws IOException {
    int g = in.readInt();
    if (g < 0 || g > 16) {
      throw new IOException("corrupt cluster table: " + g + " granularities");
    }
    int[] sizes = new int[g];
    for (int i = 0; i < g; i++) {
      sizes[i] = in.readInt();
    }
    int n = in.readInt();
    Map<String, int[]> map = HashMap.newHashMap(n);
    for (int i = 0; i < n; i++) {
      String w = in.readUTF();
      int[] c = new int[g];
      for (int j = 0; j < g; j++) {
        c[j] = in.readUnsignedShort();
      }
      map.put(w, c);
    }
    return new WordClusters(sizes, map);
  }

  @Override
  public String toString() {
    return "WordClusters" + Arrays.toString(sizes) + " over " + clusters.size() + " words";
  }
}

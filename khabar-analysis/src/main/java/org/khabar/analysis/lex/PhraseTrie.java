package org.khabar.analysis.lex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Longest-match lookup of multi-word phrases over a token sequence (a trie keyed by whole tokens).
 * Immutable after building; safe for concurrent reads.
 *
 * @param <V> what a phrase maps to
 */
public final class PhraseTrie<V> {

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    V value;
  }

  /** A match of {@code length} tokens starting at {@code start}. */
  public record Match<V>(int start, int length, V value) {
    public int end() {
      return start + length;
    }
  }

  private final Node<V> root = new Node<>();
  private int maxLength;

  /** Adds a phrase given as its words; a later value for the same phrase replaces the earlier. */
  public PhraseTrie<V> add(List<String> words, V value) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    Node<V> n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(w, k -> new Node<>());
    }
    n.value = value;
    maxLength = Math.max(maxLength, words.size());
    return this;
  }

  public int maxLength() {
    return maxLength;
  }

  /**
   * The longest phrase starting at {@code start} in {@code tokens}, comparing {@code key(token)}
   * with the phrase words, not crossing {@code limit}; {@code null} when none.
   */
  public <T> Match<V> longestAt(List<T> tokens, int start, int limit, Function<T, String> key) {
    Node<V> n = root;
    Match<V> best = null;
    for (int i = start; i < limit; i++) {
      n = n.next.get(key.apply(tokens.get(i)));
      if (n == null) {
        break;
      }
      if (n.value != null) {
        best = new Match<>(start, i - start + 1, n.value);
      }
    }
    return best;
  }

  /**
   * The longest phrase that ends exactly at {@code end} (exclusive), looking back to {@code floor}.
   */
  public <T> Match<V> longestEndingAt(List<T> tokens, int end, int floor, Function<T, String> key) {
    for (int len = Math.min(maxLength, end - floor); len >= 1; len--) {
      Match<V> m = longestAt(tokens, end - len, end, key);
      if (m != null && m.end() == end) {
        return m;
      }
    }
    return null;
  }
}

package org.khabar.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An immutable trie over token sequences, for finding the longest known phrase starting at a token.
 * Keys are folded tokens ({@link Names#tokens}); several values may share one phrase. Built once
 * with {@link Builder}; safe to read from several threads.
 */
public final class TokenTrie<V> {

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    List<V> values = List.of();
  }

  /** A phrase found in a token sequence: its token length and the values stored under it. */
  public record Match<V>(int length, List<V> values) {}

  private final Node<V> root;
  private final int size;

  private TokenTrie(Node<V> root, int size) {
    this.root = root;
    this.size = size;
  }

  /** The number of phrases stored. */
  public int size() {
    return size;
  }

  /**
   * The longest phrase starting at {@code start}, reading each token's key through {@code key}
   * (which may return null for a token that can never be part of a phrase); null when none.
   */
  public <T> Match<V> longest(List<T> tokens, int start, Function<? super T, String> key) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = start; i < tokens.size(); i++) {
      String k = key.apply(tokens.get(i));
      if (k == null) {
        break;
      }
      node = node.next.get(k);
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        best = new Match<>(i - start + 1, node.values);
      }
    }
    return best;
  }

  /** The values stored under exactly this phrase (folded tokens). */
  public List<V> get(List<String> phrase) {
    Node<V> node = root;
    for (String t : phrase) {
      node = node.next.get(t);
      if (node == null) {
        return List.of();
      }
    }
    return node.values;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Collects phrases; not thread-safe. */
  public static final class Builder<V> {
    private final Node<V> root = new Node<>();
    private int size;
    private boolean built;

    /** Adds a value under a phrase of folded tokens; a value already there is not repeated. */
    public Builder<V> add(List<String> phrase, V value) {
      if (built) {
        throw new IllegalStateException("already built");
      }
      if (phrase.isEmpty()) {
        return this;
      }
      Node<V> node = root;
      for (String t : phrase) {
        node = node.next.computeIfAbsent(t, k -> new Node<>());
      }
      if (node.values.isEmpty()) {
        size++;
      }
      if (!node.values.contains(value)) {
        List<V> vs = new ArrayList<>(node.values);
        vs.add(value);
        node.values = List.copyOf(vs);
      }
      return this;
    }

    public TokenTrie<V> build() {
      built = true;
      return new TokenTrie<>(root, size);
    }
  }
}

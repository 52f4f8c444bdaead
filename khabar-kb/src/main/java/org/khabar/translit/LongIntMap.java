package org.khabar.translit;

import java.util.Arrays;

/**
 * An open-addressing hash map from long to int for the n-gram tables of {@link GraphoneModel}
 * (boxed {@code HashMap<Long, Integer>} lookups dominated decoding time). Not thread-safe while
 * being filled; read-only use from several threads is safe.
 */
final class LongIntMap {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(keys, EMPTY);
  }

  int size() {
    return size;
  }

  /** The value, or {@code missing} when absent. */
  int get(long key, int missing) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return missing;
      }
      i = (i + 1) & mask;
    }
  }

  void add(long key, int delta) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("reserved key");
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        values[i] += delta;
        return;
      }
      if (k == EMPTY) {
        keys[i] = key;
        values[i] = delta;
        size++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Calls the visitor for every entry. */
  void forEach(Visitor v) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        v.visit(keys[i], values[i]);
      }
    }
  }

  interface Visitor {
    void visit(long key, int value);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}

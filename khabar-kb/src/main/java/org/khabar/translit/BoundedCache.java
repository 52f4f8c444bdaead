package org.khabar.translit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A thread-safe least-recently-used cache with a fixed capacity, split into independently locked
 * segments so that threads working on different words rarely wait for each other. Values are
 * computed outside the lock (a value may be computed twice under a race; both results are equal).
 */
public final class BoundedCache<K, V> {

  private static final int SEGMENTS = 16;

  private final List<Segment<K, V>> segments;

  public BoundedCache(int capacity) {
    if (capacity < SEGMENTS) {
      throw new IllegalArgumentException("capacity below " + SEGMENTS + ": " + capacity);
    }
    List<Segment<K, V>> list = new ArrayList<>(SEGMENTS);
    for (int i = 0; i < SEGMENTS; i++) {
      list.add(new Segment<>(capacity / SEGMENTS));
    }
    segments = List.copyOf(list);
  }

  public V get(K key, Function<? super K, ? extends V> compute) {
    Segment<K, V> s = segments.get((key.hashCode() & 0x7fffffff) % SEGMENTS);
    V v = s.get(key);
    if (v == null) {
      v = compute.apply(key);
      s.put(key, v);
    }
    return v;
  }

  /** The number of cached entries. */
  public int size() {
    int n = 0;
    for (Segment<K, V> s : segments) {
      n += s.size();
    }
    return n;
  }

  private static final class Segment<K, V> {
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<K, V> map;

    Segment(int capacity) {
      this.map =
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
              return size() > capacity;
            }
          };
    }

    V get(K key) {
      lock.lock();
      try {
        return map.get(key);
      } finally {
        lock.unlock();
      }
    }

    void put(K key, V value) {
      lock.lock();
      try {
        map.put(key, value);
      } finally {
        lock.unlock();
      }
    }

    int size() {
      lock.lock();
      try {
        return map.size();
      } finally {
        lock.unlock();
      }
    }
  }
}

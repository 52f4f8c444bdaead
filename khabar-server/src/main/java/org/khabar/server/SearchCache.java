package org.khabar.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.khabar.archive.search.Query;
import org.khabar.server.dto.SearchResponse;

/**
 * The latest search responses, least recently used dropped first. An entry is good while the
 * archive has not changed: {@link #invalidate} after every write through this server, and entries
 * older than {@code maxAgeNanos} are not used (another process may ingest into an archive served
 * read-only). Hand-written because a bounded LRU map is a few lines over {@link LinkedHashMap}.
 */
final class SearchCache {

  private record Cached(SearchResponse response, long generation, long at) {}

  private final int capacity;
  private final long maxAgeNanos;
  private final Map<Query, Cached> map;
  private long generation;

  SearchCache(int capacity, long maxAgeNanos) {
    this.capacity = capacity;
    this.maxAgeNanos = maxAgeNanos;
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Query, Cached> eldest) {
            return size() > SearchCache.this.capacity;
          }
        };
  }

  SearchResponse get(Query q, Supplier<SearchResponse> compute) {
    if (capacity == 0) {
      return compute.get();
    }
    long gen;
    synchronized (this) {
      Cached e = map.get(q);
      if (e != null && e.generation() == generation && System.nanoTime() - e.at() < maxAgeNanos) {
        return e.response();
      }
      gen = generation;
    }
    SearchResponse r = compute.get();
    synchronized (this) {
      if (gen == generation) {
        map.put(q, new Cached(r, gen, System.nanoTime()));
      }
    }
    return r;
  }

  synchronized void invalidate() {
    generation++;
    map.clear();
  }
}

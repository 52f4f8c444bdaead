package org.khabar.translit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void computesEachKeyOnceWhileItIsCached() {
    BoundedCache<String, Integer> c = new BoundedCache<>(64);
    AtomicInteger calls = new AtomicInteger();
    c.get("राम", k -> calls.incrementAndGet());
    c.get("राम", k -> calls.incrementAndGet());
    assertThat(calls).hasValue(1);
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    BoundedCache<Integer, Integer> c = new BoundedCache<>(32);
    for (int i = 0; i < 10_000; i++) {
      c.get(i, k -> k);
    }
    assertThat(c.size()).isLessThanOrEqualTo(32);
  }
}

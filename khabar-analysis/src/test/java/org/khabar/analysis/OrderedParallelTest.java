package org.khabar.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderedParallelTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void keepsInputOrderWhateverTheFinishingOrder(int threads) {
    List<Integer> out = new ArrayList<>();
    try (OrderedParallel<Integer, Integer> p =
        new OrderedParallel<>(
            threads,
            i -> {
              // later items finish first
              sleep((1000 - i) % 7);
              return i * 2;
            })) {
      p.run(IntStream.range(0, 1000).boxed().iterator(), out::add);
    }
    assertThat(out)
        .containsExactlyElementsOf(IntStream.range(0, 1000).map(i -> i * 2).boxed().toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void boundsWorkInFlight(int threads) {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    List<Integer> consumed = new ArrayList<>();
    try (OrderedParallel<Integer, Integer> p =
        new OrderedParallel<>(
            threads,
            i -> {
              started.incrementAndGet();
              return i;
            })) {
      p.run(
          IntStream.range(0, 500).boxed().iterator(),
          i -> {
            consumed.add(i);
            maxAhead.accumulateAndGet(started.get() - consumed.size(), Math::max);
          });
    }
    assertThat(consumed).hasSize(500);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(threads * 8);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void rethrowsTheFunctionsFailure(int threads) {
    try (OrderedParallel<Integer, Integer> p =
        new OrderedParallel<>(
            threads,
            i -> {
              if (i == 7) {
                throw new IllegalArgumentException("seven");
              }
              return i;
            })) {
      assertThatThrownBy(() -> p.run(IntStream.range(0, 20).boxed().iterator(), i -> {}))
          .hasMessage("seven");
    }
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

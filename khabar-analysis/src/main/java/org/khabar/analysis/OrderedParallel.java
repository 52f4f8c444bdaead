package org.khabar.analysis;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream through a function on several threads and hands the results to a consumer in input
 * order, holding at most {@code window} items in flight (constant memory on unbounded input). The
 * consumer runs on the calling thread. With one thread everything runs inline.
 */
public final class OrderedParallel<I, O> implements AutoCloseable {

  private final int threads;
  private final int window;
  private final Function<I, O> fn;
  private final ExecutorService pool;

  public OrderedParallel(int threads, Function<I, O> fn) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.threads = threads;
    this.window = threads * 8;
    this.fn = fn;
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "khabar-worker");
                  t.setDaemon(true);
                  return t;
                });
  }

  /** The number of usable cores, at least one. */
  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  public int threads() {
    return threads;
  }

  /** Consumes {@code input} completely; exceptions thrown by the function are rethrown here. */
  public void run(Iterator<? extends I> input, Consumer<? super O> output) {
    if (pool == null) {
      while (input.hasNext()) {
        output.accept(fn.apply(input.next()));
      }
      return;
    }
    ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
    while (input.hasNext()) {
      if (inFlight.size() >= window) {
        output.accept(await(inFlight.removeFirst()));
      }
      I item = input.next();
      inFlight.addLast(pool.submit(() -> fn.apply(item)));
    }
    while (!inFlight.isEmpty()) {
      output.accept(await(inFlight.removeFirst()));
    }
  }

  private static <O> O await(Future<O> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
      try {
        pool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

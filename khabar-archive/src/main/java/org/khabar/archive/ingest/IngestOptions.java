package org.khabar.archive.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How an ingest runs: analysis threads; a store commit every {@code batchSize} articles or {@code
 * batchInterval}, whichever comes first (an article is reported ingested only once committed); the
 * index committed at most every {@code indexCommitInterval} (the store is the truth: an index
 * behind it catches up on the next open); whether the stored analysis keeps its tokens.
 */
public record IngestOptions(
    int threads,
    int batchSize,
    Duration batchInterval,
    Duration indexCommitInterval,
    boolean storeTokens) {

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
    }
    Objects.requireNonNull(batchInterval, "batchInterval");
    Objects.requireNonNull(indexCommitInterval, "indexCommitInterval");
  }

  public static IngestOptions defaults() {
    return new IngestOptions(
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        100,
        Duration.ofSeconds(1),
        Duration.ofSeconds(10),
        false);
  }

  public IngestOptions withThreads(int n) {
    return new IngestOptions(n, batchSize, batchInterval, indexCommitInterval, storeTokens);
  }

  public IngestOptions withBatch(int size, Duration interval) {
    return new IngestOptions(threads, size, interval, indexCommitInterval, storeTokens);
  }

  public IngestOptions withIndexCommitInterval(Duration interval) {
    return new IngestOptions(threads, batchSize, batchInterval, interval, storeTokens);
  }

  public IngestOptions withStoreTokens(boolean keep) {
    return new IngestOptions(threads, batchSize, batchInterval, indexCommitInterval, keep);
  }
}

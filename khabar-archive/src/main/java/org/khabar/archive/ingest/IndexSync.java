package org.khabar.archive.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.khabar.archive.index.ArchiveIndex;
import org.khabar.archive.index.IndexedArticle;
import org.khabar.archive.store.IndexFeed;
import org.khabar.archive.store.Store;

/**
 * Keeps a writable index up with the store: indexes, in store order, every article stored after the
 * highest sequence number the index holds. Used after every ingest commit and when an archive
 * opens, which is how an index left behind by a crash catches up.
 */
public final class IndexSync {

  private static final int FEED_BATCH = 200;

  private final Store store;
  private final ArchiveIndex index;
  private long lastCommit = System.nanoTime();

  public IndexSync(Store store, ArchiveIndex index) {
    this.store = Objects.requireNonNull(store, "store");
    this.index = Objects.requireNonNull(index, "index");
    if (!index.writable()) {
      throw new IllegalArgumentException("the index is open for reading only");
    }
  }

  public ArchiveIndex index() {
    return index;
  }

  /** Indexes everything the store holds beyond the index; returns how many articles. */
  public synchronized int catchUp() throws IOException {
    int n = 0;
    while (true) {
      long after = index.indexedSeq();
      List<IndexedArticle> batch = store.read(c -> IndexFeed.after(c, after, FEED_BATCH));
      if (batch.isEmpty()) {
        return n;
      }
      index.add(batch);
      n += batch.size();
    }
  }

  /** Commits the index if the last commit is older than {@code interval}. */
  public synchronized void maybeCommit(Duration interval) throws IOException {
    if (System.nanoTime() - lastCommit >= interval.toNanos()) {
      commit();
    }
  }

  public synchronized void commit() throws IOException {
    index.commit();
    lastCommit = System.nanoTime();
  }

  /** Articles stored but not yet indexed. */
  public long lag() {
    long max = store.read(IndexFeed::maxSeq);
    return Math.max(0, max - index.indexedSeq());
  }
}

package org.khabar.archive.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.khabar.analysis.OrderedParallel;
import org.khabar.archive.dedup.Canonical;
import org.khabar.archive.dedup.MinHash;
import org.khabar.archive.store.ArticleRecord;
import org.khabar.archive.store.ArticleWriter;
import org.khabar.archive.store.Store;
import org.khabar.archive.store.Stored;
import org.khabar.io.json.DocumentJson;
import org.khabar.model.Article;
import org.khabar.model.Document;

/**
 * Runs an ingest: inputs are analysed on several threads (in input order, a bounded number in
 * flight), then one writer thread stores them in batches, each batch one transaction. An article is
 * reported ingested only after its batch commits; the index is brought up to date after each commit
 * and committed now and then, the store being the source of truth.
 *
 * <p>An article whose id is already stored with the same content is not analysed again.
 */
public final class Ingester {

  private static final int QUEUE = 512;

  private final Store store;
  private final ArticleWriter writer;
  private final IndexSync sync;
  private final Function<Article, Document> analyzer;
  private final MinHash minHash;
  private final IngestOptions options;

  public Ingester(
      Store store,
      ArticleWriter writer,
      IndexSync sync,
      Function<Article, Document> analyzer,
      MinHash minHash,
      IngestOptions options) {
    this.store = Objects.requireNonNull(store, "store");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.sync = sync;
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.minHash = Objects.requireNonNull(minHash, "minHash");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** An input ready for the writer: a record to store, or an outcome already known. */
  private record Prepared(IngestItem item, ArticleRecord record, Outcome early) {}

  private static final Prepared END = new Prepared(null, null, null);

  /**
   * Ingests everything {@code items} yields and returns the tally.
   *
   * @throws IngestAbortedException when the store fails; what was reported before is stored
   */
  public IngestReport run(Iterator<? extends IngestItem> items, IngestListener listener) {
    long start = System.nanoTime();
    WriterLoop loop = new WriterLoop(listener, start);
    Thread t = new Thread(loop, "khabar-archive-writer");
    t.start();
    RuntimeException inputFailure = null;
    try (OrderedParallel<IngestItem, Prepared> pool =
        new OrderedParallel<>(options.threads(), this::prepare)) {
      pool.run(
          new Iterator<IngestItem>() {
            @Override
            public boolean hasNext() {
              return loop.fatal == null && items.hasNext();
            }

            @Override
            public IngestItem next() {
              return items.next();
            }
          },
          loop::put);
    } catch (RuntimeException e) {
      inputFailure = e;
    } finally {
      loop.put(END);
      join(t);
    }
    IngestReport report = loop.report();
    if (loop.fatal != null) {
      throw new IngestAbortedException(
          "ingest stopped: " + loop.fatal.getMessage(), report, loop.fatal);
    }
    if (inputFailure != null) {
      throw new IngestAbortedException(
          "ingest stopped: reading the input failed: " + describe(inputFailure),
          report,
          inputFailure);
    }
    return report;
  }

  private Prepared prepare(IngestItem item) {
    if (item instanceof IngestItem.Unreadable u) {
      return new Prepared(item, null, Outcome.failed(null, u.origin(), u.message()));
    }
    Article a = ((IngestItem.Read) item).article();
    try {
      String hash = Canonical.hash(a);
      String stored =
          store.read(
              c -> {
                try (var ps =
                    c.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
                  ps.setString(1, a.id());
                  try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                  }
                }
              });
      if (hash.equals(stored)) {
        return new Prepared(item, null, Outcome.unchanged(a.id(), a.origin()));
      }
      Document d = analyzer.apply(a);
      if (!d.id().equals(a.id()) || !d.text().equals(a.text())) {
        return new Prepared(
            item,
            null,
            Outcome.failed(a.id(), a.origin(), "the analysis returned another article"));
      }
      String body = a.body().isBlank() ? a.text() : a.body();
      MinHash.Signature sig = minHash.signature(Canonical.words(body));
      String json =
          DocumentJson.toJson(
              d,
              options.storeTokens() ? DocumentJson.Options.DEFAULT : DocumentJson.Options.COMPACT);
      return new Prepared(item, new ArticleRecord(d, hash, sig, json), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Prepared(
          item, null, Outcome.failed(a.id(), a.origin(), "analysis failed: " + describe(e)));
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static void join(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The single writer: batches, commits, reports, indexes. */
  private final class WriterLoop implements Runnable {
    private final BlockingQueue<Prepared> queue = new ArrayBlockingQueue<>(QUEUE);
    private final IngestListener listener;
    private final long start;
    private final List<IngestReport.Failure> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int seen;
    private int stored;
    private int replaced;
    private int exact;
    private int near;
    private int unchanged;
    volatile RuntimeException fatal;

    WriterLoop(IngestListener listener, long start) {
      this.listener = listener;
      this.start = start;
    }

    void put(Prepared p) {
      if (fatal != null && p != END) {
        return;
      }
      boolean interrupted = false;
      while (true) {
        try {
          queue.put(p);
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void run() {
      List<Prepared> batch = new ArrayList<>();
      long deadline = 0;
      try {
        while (true) {
          Prepared p;
          if (batch.isEmpty()) {
            p = queue.take();
            deadline = System.nanoTime() + options.batchInterval().toNanos();
          } else {
            long wait = deadline - System.nanoTime();
            p = wait <= 0 ? null : queue.poll(wait, TimeUnit.NANOSECONDS);
          }
          if (p == END) {
            flush(batch);
            break;
          }
          if (p != null) {
            batch.add(p);
          }
          if (batch.size() >= options.batchSize()
              || (!batch.isEmpty() && System.nanoTime() >= deadline)) {
            flush(batch);
          }
          if (fatal != null) {
            drain();
            break;
          }
        }
        finishIndex();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fatal = new IllegalStateException("interrupted");
      } catch (RuntimeException e) {
        // e.g. a listener that threw: stop, but let the producer finish
        fatal = e;
        drain();
      }
    }

    private void drain() {
      Prepared p;
      do {
        try {
          p = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      } while (p != END);
    }

    private void flush(List<Prepared> batch) {
      if (batch.isEmpty() || fatal != null) {
        batch.clear();
        return;
      }
      List<Outcome> outcomes;
      try {
        outcomes =
            store.write(
                c -> {
                  List<Outcome> out = new ArrayList<>(batch.size());
                  for (Prepared p : batch) {
                    if (p.early() != null) {
                      out.add(p.early());
                      continue;
                    }
                    Article a = p.record().document().article();
                    try {
                      out.add(Outcome.of(a.id(), a.origin(), writer.insert(c, p.record())));
                    } catch (java.sql.SQLException | RuntimeException e) {
                      out.add(Outcome.failed(a.id(), a.origin(), "not stored: " + describe(e)));
                    }
                  }
                  return out;
                });
      } catch (RuntimeException e) {
        fatal = e;
        batch.clear();
        return;
      }
      batch.clear();
      for (Outcome o : outcomes) {
        tally(o);
      }
      listener.committed(outcomes, report());
      if (sync != null) {
        try {
          sync.catchUp();
          sync.maybeCommit(options.indexCommitInterval());
          sync.index().maybeRefresh(); // searches in this process see each committed batch
        } catch (IOException | RuntimeException e) {
          note(
              "the index could not be updated (it will catch up on the next open): " + describe(e));
        }
      }
    }

    private void finishIndex() {
      if (sync == null) {
        return;
      }
      try {
        sync.catchUp();
        sync.commit();
        sync.index().refresh();
      } catch (IOException | RuntimeException e) {
        note("the index could not be updated (it will catch up on the next open): " + describe(e));
      }
    }

    private void note(String n) {
      synchronized (notes) {
        if (!notes.contains(n)) {
          notes.add(n);
        }
      }
    }

    private void tally(Outcome o) {
      seen++;
      switch (o.status()) {
        case NEW, REPLACED -> {
          stored++;
          if (o.status() == Outcome.Status.REPLACED) {
            replaced++;
          }
          if (o.duplicate() == Stored.DupKind.EXACT) {
            exact++;
          } else if (o.duplicate() == Stored.DupKind.NEAR) {
            near++;
          }
        }
        case UNCHANGED -> unchanged++;
        case FAILED -> failures.add(new IngestReport.Failure(o.origin(), o.id(), o.message()));
      }
    }

    IngestReport report() {
      List<String> n;
      synchronized (notes) {
        n = List.copyOf(notes);
      }
      return new IngestReport(
          seen,
          stored,
          replaced,
          exact,
          near,
          unchanged,
          failures,
          Duration.ofNanos(System.nanoTime() - start),
          n);
    }
  }
}

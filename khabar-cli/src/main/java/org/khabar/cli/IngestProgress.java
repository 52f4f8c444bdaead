package org.khabar.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.khabar.archive.ingest.IngestListener;
import org.khabar.archive.ingest.IngestReport;
import org.khabar.archive.ingest.Outcome;

/**
 * Shows an ingest as it runs: on a terminal one status line redrawn in place (a bar once the number
 * of inputs is known), otherwise a line every few seconds; every failure on its own line as soon as
 * its batch is committed.
 */
final class IngestProgress implements IngestListener {

  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final AtomicInteger total = new AtomicInteger(-1);
  private long lastLine = System.nanoTime();
  private int statusWidth;

  IngestProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** The number of inputs, once counted (enables the bar). */
  void total(int n) {
    total.set(n);
  }

  @Override
  public synchronized void committed(List<Outcome> outcomes, IngestReport soFar) {
    for (Outcome o : outcomes) {
      if (o.status() == Outcome.Status.FAILED) {
        clearStatus();
        err.println("khabar ingest: " + o.origin() + ": " + o.message());
      }
    }
    if (terminal) {
      String s = status(soFar);
      err.print("\r" + s + " ".repeat(Math.max(0, statusWidth - s.length())));
      statusWidth = s.length();
      err.flush();
    } else if (System.nanoTime() - lastLine >= LINE_EVERY_NANOS) {
      lastLine = System.nanoTime();
      err.println("khabar ingest: " + status(soFar));
    }
  }

  /** Ends the status line before the summary. */
  synchronized void finish() {
    clearStatus();
  }

  private void clearStatus() {
    if (terminal && statusWidth > 0) {
      err.print("\r" + " ".repeat(statusWidth) + "\r");
      statusWidth = 0;
    }
  }

  private String status(IngestReport r) {
    StringBuilder b = new StringBuilder();
    int n = total.get();
    if (n > 0) {
      int done = Math.min(r.seen(), n);
      int filled = (int) Math.round(BAR * (done / (double) n));
      b.append('[')
          .append("#".repeat(filled))
          .append(" ".repeat(BAR - filled))
          .append("] ")
          .append(done)
          .append('/')
          .append(n)
          .append(' ');
    } else {
      b.append(r.seen()).append(" read ");
    }
    b.append(
        String.format(
            Locale.ROOT,
            "· %d stored · %d duplicates · %d unchanged · %d failed · %.1f/s",
            r.stored(),
            r.exactDuplicates() + r.nearDuplicates(),
            r.unchanged(),
            r.failed(),
            r.perSecond()));
    return b.toString();
  }
}

package org.khabar.archive.ingest;

import java.time.Duration;
import java.util.List;
import org.khabar.model.Origin;

/**
 * The tally of an ingest (or of the part committed so far): inputs seen, articles stored (new and
 * replaced), among them exact and near duplicates of stories already stored, unchanged re-ingests,
 * failures with their reasons, and how long it took.
 */
public record IngestReport(
    int seen,
    int stored,
    int replaced,
    int exactDuplicates,
    int nearDuplicates,
    int unchanged,
    List<Failure> failures,
    Duration elapsed,
    List<String> notes) {

  public IngestReport {
    failures = List.copyOf(failures);
    notes = List.copyOf(notes);
  }

  /** One input not stored: where, its id if known, why. */
  public record Failure(Origin origin, String id, String message) {}

  public int failed() {
    return failures.size();
  }

  /** Stored articles that started a new story. */
  public int newStories() {
    return stored - exactDuplicates - nearDuplicates;
  }

  /** Inputs handled per second. */
  public double perSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : seen / s;
  }
}

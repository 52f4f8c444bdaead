package org.khabar.archive.ingest;

import java.util.Objects;
import org.khabar.archive.store.Stored;
import org.khabar.model.Origin;

/**
 * What happened to one input, reported once it is committed: its id (null when unreadable), where
 * it came from, what the store did, which group of duplicates it joined and why, or why it failed.
 */
public record Outcome(
    String id,
    Origin origin,
    Status status,
    Stored.DupKind duplicate,
    long seq,
    String duplicateOf,
    double similarity,
    String message) {

  public enum Status {
    /** Stored: a new article. */
    NEW,
    /** Stored: a new version of an article id already stored. */
    REPLACED,
    /** Already stored with the same content: nothing done. */
    UNCHANGED,
    /** Not stored: unreadable input, failed analysis or a store error ({@code message} says). */
    FAILED
  }

  public Outcome {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(duplicate, "duplicate");
  }

  public boolean stored() {
    return status == Status.NEW || status == Status.REPLACED;
  }

  static Outcome of(String id, Origin origin, Stored s) {
    Status status =
        switch (s.status()) {
          case NEW -> Status.NEW;
          case REPLACED -> Status.REPLACED;
          case UNCHANGED -> Status.UNCHANGED;
        };
    return new Outcome(
        id, origin, status, s.dupKind(), s.seq(), s.duplicateOf(), s.similarity(), null);
  }

  static Outcome unchanged(String id, Origin origin) {
    return new Outcome(id, origin, Status.UNCHANGED, Stored.DupKind.ORIGINAL, 0, null, 1.0, null);
  }

  static Outcome failed(String id, Origin origin, String message) {
    return new Outcome(id, origin, Status.FAILED, Stored.DupKind.ORIGINAL, 0, null, 0, message);
  }
}

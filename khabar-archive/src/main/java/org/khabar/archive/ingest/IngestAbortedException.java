package org.khabar.archive.ingest;

/**
 * An ingest stopped before its input ended because the store failed (disk full, database locked by
 * another writer...). Everything reported committed before it is stored.
 */
public final class IngestAbortedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient IngestReport partial;

  public IngestAbortedException(String message, IngestReport partial, Throwable cause) {
    super(message, cause);
    this.partial = partial;
  }

  /** What was committed before the ingest stopped. */
  public IngestReport partial() {
    return partial;
  }
}

package org.khabar.archive.ingest;

import java.util.List;

/**
 * Hears about an ingest as it runs. Called on the writer thread after each store commit, with the
 * outcomes just committed (in input order) and the running tally.
 */
@FunctionalInterface
public interface IngestListener {

  void committed(List<Outcome> outcomes, IngestReport soFar);

  static IngestListener none() {
    return (outcomes, soFar) -> {};
  }
}

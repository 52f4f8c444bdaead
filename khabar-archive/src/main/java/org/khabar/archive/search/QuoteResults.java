package org.khabar.archive.search;

import java.util.List;

/** Quotes found, best (or latest) first, one per repeated quote, with how the query was read. */
public record QuoteResults(
    List<QuoteHit> hits, int total, List<Interpretation> interpretation, List<String> notes) {

  public QuoteResults {
    hits = List.copyOf(hits);
    interpretation = List.copyOf(interpretation);
    notes = List.copyOf(notes);
  }
}

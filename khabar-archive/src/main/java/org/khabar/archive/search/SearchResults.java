package org.khabar.archive.search;

import java.util.List;
import java.util.Map;

/**
 * The stories found, best first (one per duplicate group), how many stories matched in all, how the
 * query was read, entity facets over all stories found ({@code person}, {@code org}, {@code place}:
 * most frequent first), stories per publication month over all stories found (oldest first; undated
 * stories are not counted) and notes for the user (an entity filter that named nothing, an index
 * that lags the store).
 */
public record SearchResults(
    List<SearchHit> hits,
    int total,
    List<Interpretation> interpretation,
    Map<String, List<FacetCount>> facets,
    List<MonthCount> months,
    List<String> notes) {

  public SearchResults {
    hits = List.copyOf(hits);
    interpretation = List.copyOf(interpretation);
    facets = Map.copyOf(facets);
    months = List.copyOf(months);
    notes = List.copyOf(notes);
  }

  /** Results without month counts. */
  public SearchResults(
      List<SearchHit> hits,
      int total,
      List<Interpretation> interpretation,
      Map<String, List<FacetCount>> facets,
      List<String> notes) {
    this(hits, total, interpretation, facets, List.of(), notes);
  }
}

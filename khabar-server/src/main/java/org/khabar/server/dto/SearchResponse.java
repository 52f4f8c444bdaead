package org.khabar.server.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.archive.search.FacetCount;
import org.khabar.archive.search.Interpretation;
import org.khabar.archive.search.MonthCount;
import org.khabar.archive.search.Query;
import org.khabar.archive.search.SearchHit;
import org.khabar.archive.search.SearchResults;

/** {@code GET /api/search}: the query as read, the stories found, facets and notes. */
public record SearchResponse(
    QueryEcho query,
    int total,
    List<Hit> hits,
    Facets facets,
    List<Reading> interpretation,
    List<String> notes) {

  /** The query as the server read it. */
  public record QueryEcho(String q, List<String> entity, LocalDate from, LocalDate to, int limit) {}

  /** One story: the copy shown, its snippet, its other copies and the entities matched. */
  public record Hit(
      String id,
      LocalDate date,
      String headline,
      String source,
      double score,
      int duplicates,
      SnippetDto snippet,
      List<EntityDto> entities) {}

  /** Entity counts by type (most frequent first) and stories per month (oldest first). */
  public record Facets(
      List<EntityCount> person,
      List<EntityCount> org,
      List<EntityCount> place,
      List<MonthCount> month) {}

  public record EntityCount(EntityDto entity, int stories) {}

  /** How a phrase of the query was read: the entities it was taken to name. */
  public record Reading(String phrase, List<EntityDto> entities) {}

  public static SearchResponse of(Query q, SearchResults r) {
    List<Hit> hits = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      hits.add(
          new Hit(
              h.id(),
              h.date(),
              h.headline(),
              h.source(),
              Math.round(h.score() * 1000.0) / 1000.0,
              h.duplicates(),
              SnippetDto.of(h.snippet()),
              h.entities().stream().map(EntityDto::of).toList()));
    }
    Map<String, List<EntityCount>> byType = new LinkedHashMap<>();
    for (String dim : List.of("person", "org", "place")) {
      List<EntityCount> counts = new ArrayList<>();
      for (FacetCount f : r.facets().getOrDefault(dim, List.of())) {
        counts.add(new EntityCount(EntityDto.of(f.entity()), f.stories()));
      }
      byType.put(dim, counts);
    }
    List<Reading> readings = new ArrayList<>();
    for (Interpretation i : r.interpretation()) {
      readings.add(new Reading(i.phrase(), i.entities().stream().map(EntityDto::of).toList()));
    }
    return new SearchResponse(
        new QueryEcho(q.text(), q.entities(), q.from(), q.to(), q.limit()),
        r.total(),
        hits,
        new Facets(byType.get("person"), byType.get("org"), byType.get("place"), r.months()),
        readings,
        r.notes());
  }
}

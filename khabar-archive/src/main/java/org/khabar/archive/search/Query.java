package org.khabar.archive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article search: words in either script (may be empty to list by date), entity filters (names
 * in either script or archive keys; every one must match), a date range (inclusive; either end may
 * be {@code null}), speaker filters (articles quoting that entity) and how many results to return.
 */
public record Query(
    String text,
    List<String> entities,
    LocalDate from,
    LocalDate to,
    List<String> speakers,
    int limit) {

  public static final int DEFAULT_LIMIT = 10;

  public Query {
    text = text == null ? "" : text.strip();
    entities = List.copyOf(entities);
    speakers = List.copyOf(speakers);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("date range ends before it starts: " + from + ".." + to);
    }
  }

  /** A search for these words. */
  public static Query of(String text) {
    return new Query(text, List.of(), null, null, List.of(), DEFAULT_LIMIT);
  }

  public Query withEntity(String nameOrKey) {
    List<String> e = new ArrayList<>(entities);
    e.add(Objects.requireNonNull(nameOrKey, "nameOrKey"));
    return new Query(text, e, from, to, speakers, limit);
  }

  public Query withSpeaker(String nameOrKey) {
    List<String> s = new ArrayList<>(speakers);
    s.add(Objects.requireNonNull(nameOrKey, "nameOrKey"));
    return new Query(text, entities, from, to, s, limit);
  }

  public Query from(LocalDate day) {
    return new Query(text, entities, day, to, speakers, limit);
  }

  public Query to(LocalDate day) {
    return new Query(text, entities, from, day, speakers, limit);
  }

  public Query limit(int n) {
    return new Query(text, entities, from, to, speakers, n);
  }
}

package org.khabar.archive.search;

import java.time.LocalDate;
import java.util.List;
import org.khabar.archive.store.EntityRef;

/**
 * One story found: the article shown for it (the best-scoring copy), its date (or {@code null}),
 * headline, source, score, snippet, how many other stored copies the story has (exact and near
 * duplicates), and the entities of the article the query matched.
 */
public record SearchHit(
    String id,
    LocalDate date,
    String headline,
    String source,
    double score,
    Snippet snippet,
    int duplicates,
    List<EntityRef> entities) {

  public SearchHit {
    entities = List.copyOf(entities);
  }
}

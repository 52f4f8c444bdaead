package org.khabar.archive.search;

import java.util.List;
import org.khabar.archive.names.NamedEntity;

/** How a phrase of the query was read: the entities it was taken to name (empty: as words). */
public record Interpretation(String phrase, List<NamedEntity> entities) {
  public Interpretation {
    entities = List.copyOf(entities);
  }
}

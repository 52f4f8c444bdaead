package org.khabar.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity of one article: every mention of one person, organisation or place, its canonical
 * Devanagari name, its romanised name, and its knowledge-base id ({@code null} when it is new to
 * the knowledge base). {@code candidates} are the knowledge-base entries the linker weighed, best
 * first.
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    String latin,
    String kbId,
    List<Mention> mentions,
    List<LinkCandidate> candidates,
    Provenance provenance) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(latin, "latin");
    Objects.requireNonNull(provenance, "provenance");
    mentions = List.copyOf(mentions);
    candidates = List.copyOf(candidates);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no mention");
    }
  }

  public boolean isLinked() {
    return kbId != null;
  }
}

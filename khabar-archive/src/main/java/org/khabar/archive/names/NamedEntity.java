package org.khabar.archive.names;

import java.util.List;
import java.util.Objects;
import org.khabar.model.EntityType;

/**
 * An entity a query phrase names: its archive key, type, Devanagari and Latin names, the surface
 * forms it goes by (in either script, used to expand the query), and where the match came from
 * ({@code kb} or {@code archive}).
 */
public record NamedEntity(
    String key, EntityType type, String name, String latin, List<String> aliases, String source) {

  public NamedEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(latin, "latin");
    Objects.requireNonNull(source, "source");
    aliases = List.copyOf(aliases);
  }
}

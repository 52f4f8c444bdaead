package org.khabar.server.dto;

import org.khabar.archive.names.NamedEntity;
import org.khabar.archive.store.EntityRef;

/**
 * An archive entity as the API shows it: its key (the knowledge-base id when linked, else {@code
 * new:<type>:<slug>}; use it in {@code /api/entities/{id}}), type, names in both scripts and KB id.
 */
public record EntityDto(String id, String type, String name, String latin, String kb) {

  public static EntityDto of(EntityRef e) {
    return e == null
        ? null
        : new EntityDto(e.key(), e.type().name(), e.name(), e.latin(), e.kbId());
  }

  public static EntityDto of(NamedEntity e) {
    return new EntityDto(e.key(), e.type().name(), e.name(), e.latin(), null);
  }
}

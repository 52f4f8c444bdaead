package org.khabar.archive.store;

import java.util.Objects;
import org.khabar.model.EntityType;

/** An archive entity as shown to users: key, type, Devanagari name, Latin name, KB id or null. */
public record EntityRef(String key, EntityType type, String name, String latin, String kbId) {

  public EntityRef {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(latin, "latin");
  }

  /** The name in both scripts when they differ: "राहुल गांधी (Rahul Gandhi)". */
  public String label() {
    return latin.isBlank() || latin.equals(name) ? name : name + " (" + latin + ")";
  }
}

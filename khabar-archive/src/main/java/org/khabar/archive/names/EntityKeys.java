package org.khabar.archive.names;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;

/**
 * Archive-wide entity keys: the knowledge-base id when the entity is linked, else {@code
 * new:<type>:<latin-slug>} derived from the canonical name alone, so that the same unknown person
 * in two articles is one archive entity ({@code new:person:rahul-gandhi}).
 */
public final class EntityKeys {

  /** The prefix of keys of entities the knowledge base does not know. */
  public static final String NEW = "new:";

  private final CrossScript crossScript;

  public EntityKeys(CrossScript crossScript) {
    this.crossScript = Objects.requireNonNull(crossScript, "crossScript");
  }

  public String key(Entity e) {
    if (e.kbId() != null && !e.kbId().isBlank()) {
      return e.kbId();
    }
    return newKey(e.type(), e.name().isBlank() ? e.latin() : e.name());
  }

  /** The key of an unlinked entity of this type and name. */
  public String newKey(EntityType type, String name) {
    return NEW + type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
  }

  /** Lower-case ASCII words joined by '-': राहुल गांधी → rahul-gandhi. */
  public String slug(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("[\\s\\p{P}\\p{S}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      List<String> forms = crossScript.romanizations(w);
      if (!forms.isEmpty()) {
        words.add(forms.get(0));
      }
    }
    if (words.isEmpty()) {
      // No letters ICU can romanise: keep the key stable anyway.
      return "x"
          + HexFormat.of()
              .formatHex(name.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return String.join("-", words);
  }

  /** True for keys of entities the knowledge base does not know. */
  public static boolean isNew(String key) {
    return key.startsWith(NEW);
  }
}

package org.khabar.kb;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.EntityType;

/**
 * One entry of the knowledge base: a party, an alliance, a person, a place or another organisation.
 * Every entry has a stable readable id ({@code party:inc}, {@code person:mallikarjun-kharge}), a
 * canonical Devanagari name ({@code null} when the sources give only a Latin one), an English name,
 * and aliases in both scripts. {@code ambiguousAliases} are names that also mean something else (आप
 * is the party and the pronoun "you") and are linked only with context. {@code source} says where
 * the entry was compiled from.
 *
 * <p>One JSON object per line in the resource files and in users' own files; {@code kind} selects
 * the record type.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Party.class, name = "party"),
  @JsonSubTypes.Type(value = Alliance.class, name = "alliance"),
  @JsonSubTypes.Type(value = Person.class, name = "person"),
  @JsonSubTypes.Type(value = Place.class, name = "place"),
  @JsonSubTypes.Type(value = Organisation.class, name = "org")
})
public sealed interface KbEntry permits Party, Alliance, Person, Place, Organisation {

  String id();

  /** Canonical Devanagari name, or {@code null} when only a Latin name is known. */
  String name();

  /** English (Latin) name as the English press writes it. */
  String english();

  /** Further names in either script: abbreviations, short forms, other spellings. */
  List<String> aliases();

  /** Names that are linked only with context (they are also common words or shared names). */
  List<String> ambiguousAliases();

  /** Where the entry comes from: curated, tcpd, prs, affidavit-2021, lgd, up-places, user. */
  String source();

  /** The entity type a mention of this entry has. */
  @JsonIgnore
  EntityType entityType();

  /** The name to show: the Devanagari name, else the English one. */
  @JsonIgnore
  default String displayName() {
    return name() != null ? name() : english();
  }

  /** Every name of the entry, unambiguous first: name, English name, aliases. */
  @JsonIgnore
  default List<String> allNames() {
    List<String> out = new ArrayList<>();
    if (name() != null) {
      out.add(name());
    }
    if (english() != null) {
      out.add(english());
    }
    out.addAll(aliases());
    return out;
  }

  static List<String> copy(List<String> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  static void requireId(String id, String prefix) {
    if (id == null || !id.startsWith(prefix + ":") || id.length() == prefix.length() + 1) {
      throw new IllegalArgumentException("id must look like " + prefix + ":slug, got " + id);
    }
    if (!id.equals(id.strip()) || id.contains(" ")) {
      throw new IllegalArgumentException("id must not contain spaces: " + id);
    }
  }

  static void requireName(String name, String english, String id) {
    if ((name == null || name.isBlank()) && (english == null || english.isBlank())) {
      throw new IllegalArgumentException(id + " has neither a name nor an English name");
    }
  }
}

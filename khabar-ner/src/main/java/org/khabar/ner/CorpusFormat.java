package org.khabar.ner;

import java.util.Locale;
import java.util.Map;
import org.khabar.model.EntityType;

/**
 * The tag sets of the CoNLL files the tagger reads. Each maps its entity types onto Khabar's; every
 * other type (time, number, artefact, ...) becomes {@code O}.
 */
public enum CorpusFormat {
  /** IL-NER (Bhashini): NEP person, NEO organisation, NEL location. */
  ILNER(Map.of("NEP", EntityType.PERSON, "NEO", EntityType.ORG, "NEL", EntityType.PLACE)),
  /** HiNER: PERSON, ORGANIZATION, LOCATION. */
  HINER(
      Map.of(
          "PERSON", EntityType.PERSON,
          "ORGANIZATION", EntityType.ORG,
          "LOCATION", EntityType.PLACE)),
  /** Khabar's own tags, with the common aliases PER, LOC, GPE, ORGANIZATION, LOCATION. */
  BIO(
      Map.of(
          "PERSON", EntityType.PERSON,
          "PER", EntityType.PERSON,
          "ORG", EntityType.ORG,
          "ORGANIZATION", EntityType.ORG,
          "ORGANISATION", EntityType.ORG,
          "PLACE", EntityType.PLACE,
          "LOC", EntityType.PLACE,
          "LOCATION", EntityType.PLACE,
          "GPE", EntityType.PLACE));

  private final Map<String, EntityType> types;

  CorpusFormat(Map<String, EntityType> types) {
    this.types = types;
  }

  /** Khabar's type for a corpus type, or {@code null} when it is not one Khabar reports. */
  public EntityType map(String corpusType) {
    return types.get(corpusType);
  }

  /** Parses "ilner", "hiner" or "bio" (any case). */
  public static CorpusFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown corpus format '" + name + "' (expected ilner, hiner or bio)", e);
    }
  }
}

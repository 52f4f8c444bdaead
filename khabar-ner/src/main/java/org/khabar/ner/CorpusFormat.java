package org.khabar.ner;

import java.util.Locale;
import org.khabar.model.EntityType;

/**
 * The tag sets of the CoNLL files the tagger reads. Each maps its entity types onto Khabar's; every
 * other type (time, number, artefact, ...) becomes {@code O}.
 */
public enum CorpusFormat {
  /** IL-NER (Bhashini): NEP person, NEO organisation, NEL location. */
  ILNER,
  /** HiNER: PERSON, ORGANIZATION, LOCATION. */
  HINER,
  /** Khabar's own tags, with the common aliases PER, LOC, GPE, ORGANIZATION, LOCATION. */
  BIO;

  /** Khabar's type for a corpus type, or {@code null} when it is not one Khabar reports. */
  public EntityType map(String corpusType) {
    return switch (this) {
      case ILNER ->
          switch (corpusType) {
            case "NEP" -> EntityType.PERSON;
            case "NEO" -> EntityType.ORG;
            case "NEL" -> EntityType.PLACE;
            default -> null;
          };
      case HINER ->
          switch (corpusType) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORG;
            case "LOCATION" -> EntityType.PLACE;
            default -> null;
          };
      case BIO ->
          switch (corpusType) {
            case "PERSON", "PER" -> EntityType.PERSON;
            case "ORG", "ORGANIZATION", "ORGANISATION" -> EntityType.ORG;
            case "PLACE", "LOC", "LOCATION", "GPE" -> EntityType.PLACE;
            default -> null;
          };
    };
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

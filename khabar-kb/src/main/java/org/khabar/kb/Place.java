package org.khabar.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.khabar.model.EntityType;

/**
 * A place: country, state, union territory, district, city or town, region or river; {@code parent}
 * is the id of the state (for districts and cities) or country; {@code code} the LGD code when
 * known.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Place(
    String id,
    String name,
    String english,
    List<String> aliases,
    List<String> ambiguousAliases,
    PlaceKind placeKind,
    String parent,
    String code,
    String source)
    implements KbEntry {

  /** What sort of place. */
  public enum PlaceKind {
    COUNTRY,
    STATE,
    UNION_TERRITORY,
    DISTRICT,
    CITY,
    TOWN,
    BLOCK,
    REGION,
    RIVER,
    OTHER
  }

  public Place {
    KbEntry.requireId(id, "place");
    KbEntry.requireName(name, english, id);
    aliases = KbEntry.copy(aliases);
    ambiguousAliases = KbEntry.copy(ambiguousAliases);
    placeKind = placeKind == null ? PlaceKind.OTHER : placeKind;
    source = source == null ? "curated" : source;
  }

  @Override
  public EntityType entityType() {
    return EntityType.PLACE;
  }
}

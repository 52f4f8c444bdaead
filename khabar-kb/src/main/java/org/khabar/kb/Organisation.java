package org.khabar.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.khabar.model.EntityType;

/**
 * An organisation other than a party or alliance: a ministry, court, agency, legislature,
 * commission, news organisation, international body, company or institution. {@code place} is the
 * place it belongs to (a state's assembly or high court), {@code parent} a parent organisation.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Organisation(
    String id,
    String name,
    String english,
    List<String> aliases,
    List<String> ambiguousAliases,
    OrgKind orgKind,
    String place,
    String parent,
    String source)
    implements KbEntry {

  /** What sort of organisation. */
  public enum OrgKind {
    MINISTRY,
    DEPARTMENT,
    COURT,
    AGENCY,
    LEGISLATURE,
    COMMISSION,
    MEDIA,
    INTERNATIONAL,
    EDUCATION,
    COMPANY,
    FORCE,
    ASSOCIATION,
    OTHER
  }

  public Organisation {
    KbEntry.requireId(id, "org");
    KbEntry.requireName(name, english, id);
    aliases = KbEntry.copy(aliases);
    ambiguousAliases = KbEntry.copy(ambiguousAliases);
    orgKind = orgKind == null ? OrgKind.OTHER : orgKind;
    source = source == null ? "curated" : source;
  }

  @Override
  public EntityType entityType() {
    return EntityType.ORG;
  }
}

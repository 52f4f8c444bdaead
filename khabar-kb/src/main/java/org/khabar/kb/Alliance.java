package org.khabar.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.khabar.model.EntityType;

/**
 * An alliance of parties (एनडीए, यूपीए, इंडिया गठबंधन, the Bihar महागठबंधन) with its members over
 * time; {@code state} is set for a state-level alliance.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Alliance(
    String id,
    String name,
    String english,
    List<String> aliases,
    List<String> ambiguousAliases,
    String state,
    List<Membership> members,
    String source)
    implements KbEntry {

  /** A party's membership of an alliance; dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD) or null. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Membership(String party, String from, String to) {
    public Membership {
      if (party == null || !party.startsWith("party:")) {
        throw new IllegalArgumentException("membership needs a party id: " + party);
      }
      Dates.check(from);
      Dates.check(to);
    }

    /** True when the membership covers the date (ISO, possibly partial); null means "now". */
    public boolean activeOn(String date) {
      return Dates.within(date, from, to);
    }
  }

  public Alliance {
    KbEntry.requireId(id, "alliance");
    KbEntry.requireName(name, english, id);
    aliases = KbEntry.copy(aliases);
    ambiguousAliases = KbEntry.copy(ambiguousAliases);
    members = members == null ? List.of() : List.copyOf(members);
    source = source == null ? "curated" : source;
  }

  /** The parties in the alliance on a date (ISO, possibly partial; null for the latest). */
  public List<String> membersOn(String date) {
    return members.stream().filter(m -> m.activeOn(date)).map(Membership::party).toList();
  }

  @Override
  public EntityType entityType() {
    return EntityType.ORG;
  }
}

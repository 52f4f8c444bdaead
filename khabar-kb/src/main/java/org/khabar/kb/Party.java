package org.khabar.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.khabar.model.EntityType;

/**
 * A political party. {@code codes} are the Election Commission / TCPD abbreviations (INC, BJP,
 * JD(U)) that the election sources use; {@code state} is the home state of a state party, {@code
 * null} for national parties.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Party(
    String id,
    String name,
    String english,
    List<String> aliases,
    List<String> ambiguousAliases,
    List<String> codes,
    String state,
    boolean national,
    String source)
    implements KbEntry {

  public Party {
    KbEntry.requireId(id, "party");
    KbEntry.requireName(name, english, id);
    aliases = KbEntry.copy(aliases);
    ambiguousAliases = KbEntry.copy(ambiguousAliases);
    codes = KbEntry.copy(codes);
    source = source == null ? "curated" : source;
  }

  @Override
  public EntityType entityType() {
    return EntityType.ORG;
  }
}

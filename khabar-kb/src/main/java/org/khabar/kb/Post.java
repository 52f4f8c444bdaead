package org.khabar.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A post or designation: its id ({@code post:pradesh-adhyaksh}), canonical Hindi and English names,
 * other spellings and abbreviations (सीएम, डिप्टी सीएम, CM), its kind, and whether it is the post
 * of an organisation ("कांग्रेस अध्यक्ष") and/or of a place ("बिहार के मुख्यमंत्री"). {@code
 * ambiguousAliases} are also ordinary words or names (प्रमुख "main", अधिकारी the surname).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Post(
    String id,
    String name,
    String english,
    List<String> aliases,
    List<String> ambiguousAliases,
    PostKind postKind,
    boolean takesOrg,
    boolean takesPlace) {

  /** What sort of post. */
  public enum PostKind {
    PARTY,
    GOVERNMENT,
    LEGISLATIVE,
    ADMINISTRATIVE,
    JUDICIAL,
    MEDIA,
    OTHER
  }

  public Post {
    KbEntry.requireId(id, "post");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(id + " has no name");
    }
    aliases = KbEntry.copy(aliases);
    ambiguousAliases = KbEntry.copy(ambiguousAliases);
    postKind = postKind == null ? PostKind.OTHER : postKind;
  }
}

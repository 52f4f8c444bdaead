package org.khabar.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.khabar.model.EntityType;

/**
 * A politician or other public figure: names, party and state (ids, or null), and posts held with
 * dates where known. {@code constituency} is the last seat the sources name.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Person(
    String id,
    String name,
    String english,
    List<String> aliases,
    List<String> ambiguousAliases,
    String party,
    String state,
    String constituency,
    List<PostHeld> posts,
    String source)
    implements KbEntry {

  /**
   * A post held: the post id, the organisation and/or place it is of (ids), and its dates (partial
   * ISO; {@code to} null while held).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PostHeld(String post, String org, String place, String from, String to) {
    public PostHeld {
      if (post == null || !post.startsWith("post:")) {
        throw new IllegalArgumentException("posts need a post id: " + post);
      }
      Dates.check(from);
      Dates.check(to);
    }

    public boolean heldOn(String date) {
      return Dates.within(date, from, to);
    }
  }

  public Person {
    KbEntry.requireId(id, "person");
    KbEntry.requireName(name, english, id);
    aliases = KbEntry.copy(aliases);
    ambiguousAliases = KbEntry.copy(ambiguousAliases);
    posts = posts == null ? List.of() : List.copyOf(posts);
    source = source == null ? "curated" : source;
  }

  @Override
  public EntityType entityType() {
    return EntityType.PERSON;
  }
}

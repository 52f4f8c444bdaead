package org.khabar.archive.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.khabar.archive.store.EntityRef;
import org.khabar.model.SpeakerKind;

/**
 * Everything the archive knows of one entity, counted over one copy of each story: the names it
 * went by, its posts over time (each post with the articles that state it), the entities it appears
 * with most, its latest quotes, and mentions per month. {@code alternatives} are other entities the
 * name could also mean.
 */
public record EntityView(
    EntityRef entity,
    List<Name> names,
    int articles,
    int mentions,
    LocalDate firstSeen,
    LocalDate lastSeen,
    List<Post> posts,
    List<Companion> companions,
    List<QuoteRecord> quotes,
    List<Month> timeline,
    List<EntityRef> alternatives) {

  public EntityView {
    Objects.requireNonNull(entity, "entity");
    names = List.copyOf(names);
    posts = List.copyOf(posts);
    companions = List.copyOf(companions);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
    alternatives = List.copyOf(alternatives);
  }

  /** A surface form and how many mentions used it. */
  public record Name(String text, int mentions) {}

  /**
   * A post as the articles state it: the post, what it is a post of (organisation, place: may be
   * null), whether it is called former, the first and last article dates stating it, how many
   * stories state it, and the latest few statements as evidence.
   */
  public record Post(
      String post,
      EntityRef org,
      EntityRef place,
      boolean former,
      LocalDate first,
      LocalDate last,
      int stories,
      List<Citation> evidence) {
    public Post {
      evidence = List.copyOf(evidence);
    }
  }

  /** Where a fact is stated: the article, its date, the evidence's span and text. */
  public record Citation(String articleId, LocalDate date, int begin, int end, String text) {}

  /** An entity mentioned in the same stories, and in how many. */
  public record Companion(EntityRef entity, int stories) {}

  /** A quote of this entity: article, date, what was said and where, direct or reported. */
  public record QuoteRecord(
      String articleId,
      LocalDate date,
      String headline,
      SpeakerKind kind,
      boolean direct,
      String content,
      int begin,
      int end) {}

  /** Mentions in one month ({@code yyyy-MM}): stories and mentions. */
  public record Month(String month, int stories, int mentions) {}
}

package org.khabar.server.dto;

import java.time.LocalDate;
import java.util.List;
import org.khabar.archive.view.EntityView;

/**
 * {@code GET /api/entities/{id}}: what the archive knows of one entity, counted over one copy of
 * each story: names, posts over time with evidence, the entities it appears with, latest quotes,
 * mentions per month, and other entities the name could mean.
 */
public record EntityResponse(
    EntityDto entity,
    List<Name> names,
    int articles,
    int mentions,
    LocalDate firstSeen,
    LocalDate lastSeen,
    List<Post> posts,
    List<Companion> companions,
    List<QuoteRecord> quotes,
    List<Month> timeline,
    List<EntityDto> alternatives) {

  public record Name(String text, int mentions) {}

  public record Post(
      String post,
      EntityDto org,
      EntityDto place,
      boolean former,
      LocalDate first,
      LocalDate last,
      int stories,
      List<Citation> evidence) {}

  public record Citation(String article, LocalDate date, int begin, int end, String text) {}

  public record Companion(EntityDto entity, int stories) {}

  public record QuoteRecord(
      String article,
      LocalDate date,
      String headline,
      String speakerKind,
      boolean direct,
      String content,
      int begin,
      int end) {}

  public record Month(String month, int stories, int mentions) {}

  public static EntityResponse of(EntityView v) {
    return new EntityResponse(
        EntityDto.of(v.entity()),
        v.names().stream().map(n -> new Name(n.text(), n.mentions())).toList(),
        v.articles(),
        v.mentions(),
        v.firstSeen(),
        v.lastSeen(),
        v.posts().stream()
            .map(
                p ->
                    new Post(
                        p.post(),
                        EntityDto.of(p.org()),
                        EntityDto.of(p.place()),
                        p.former(),
                        p.first(),
                        p.last(),
                        p.stories(),
                        p.evidence().stream()
                            .map(
                                c ->
                                    new Citation(
                                        c.articleId(), c.date(), c.begin(), c.end(), c.text()))
                            .toList()))
            .toList(),
        v.companions().stream()
            .map(c -> new Companion(EntityDto.of(c.entity()), c.stories()))
            .toList(),
        v.quotes().stream()
            .map(
                q ->
                    new QuoteRecord(
                        q.articleId(),
                        q.date(),
                        q.headline(),
                        q.kind().name(),
                        q.direct(),
                        q.content(),
                        q.begin(),
                        q.end()))
            .toList(),
        v.timeline().stream().map(m -> new Month(m.month(), m.stories(), m.mentions())).toList(),
        v.alternatives().stream().map(EntityDto::of).toList());
  }
}

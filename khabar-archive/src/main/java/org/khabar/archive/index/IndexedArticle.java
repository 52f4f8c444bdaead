package org.khabar.archive.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.khabar.model.EntityType;

/**
 * What the index holds of one stored article, read back from the store: its sequence number, id,
 * duplicate group, date (or {@code null}), headline and text, the archive keys of its entities by
 * type, the keys of the speakers it quotes, and its quotes.
 */
public record IndexedArticle(
    long seq,
    String id,
    long group,
    LocalDate date,
    String headline,
    String text,
    Map<EntityType, List<String>> entities,
    Set<String> speakers,
    List<Quote> quotes) {

  public IndexedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(text, "text");
    entities = Map.copyOf(entities);
    speakers = Set.copyOf(speakers);
    quotes = List.copyOf(quotes);
  }

  /**
   * One quote: its row id in the store, what was said, the speaker's key (or {@code null}), the
   * keys of the entities the content mentions, and its identity for collapsing syndicated copies.
   */
  public record Quote(long id, String content, String speaker, List<String> about, long identity) {
    public Quote {
      Objects.requireNonNull(content, "content");
      about = List.copyOf(about);
    }
  }
}

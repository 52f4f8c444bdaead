package org.khabar.archive.search;

import java.time.LocalDate;
import java.util.List;
import org.khabar.archive.store.EntityRef;
import org.khabar.model.CharSpan;
import org.khabar.model.SpeakerKind;

/**
 * One quote found: the article it is in, its date, the speaker (an entity, or {@code null} for
 * sources and unnamed speakers, then {@code speakerText} says who), whether it was direct speech,
 * what was said and where in the article's text, a snippet of the content with the hits marked, the
 * entities the content mentions, and in how many other copies of the story it also appears.
 */
public record QuoteHit(
    long quoteId,
    String articleId,
    LocalDate date,
    String headline,
    EntityRef speaker,
    SpeakerKind speakerKind,
    String speakerText,
    boolean direct,
    String content,
    CharSpan contentSpan,
    Snippet snippet,
    List<EntityRef> about,
    double score,
    int copies) {

  public QuoteHit {
    about = List.copyOf(about);
  }
}

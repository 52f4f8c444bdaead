package org.khabar.server.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khabar.archive.search.Interpretation;
import org.khabar.archive.search.QuoteHit;
import org.khabar.archive.search.QuoteResults;

/** {@code GET /api/quotes}: quotes found, best or latest first, one per repeated quote. */
public record QuotesResponse(
    int total,
    List<QuoteDto> quotes,
    List<SearchResponse.Reading> interpretation,
    List<String> notes) {

  /**
   * One quote: the article ({@code /api/articles/{article}}), its date and headline, the speaker
   * (an entity, or null: then {@code speakerText} says who), what was said and where ({@code begin,
   * end} into the article's text), a snippet, the entities it mentions, and its other copies.
   */
  public record QuoteDto(
      long id,
      String article,
      LocalDate date,
      String headline,
      EntityDto speaker,
      String speakerKind,
      String speakerText,
      boolean direct,
      String content,
      int begin,
      int end,
      SnippetDto snippet,
      List<EntityDto> about,
      int copies) {}

  public static QuotesResponse of(QuoteResults r) {
    List<QuoteDto> out = new ArrayList<>();
    for (QuoteHit h : r.hits()) {
      out.add(
          new QuoteDto(
              h.quoteId(),
              h.articleId(),
              h.date(),
              h.headline(),
              EntityDto.of(h.speaker()),
              h.speakerKind().name(),
              h.speakerText(),
              h.direct(),
              h.content(),
              h.contentSpan().begin(),
              h.contentSpan().end(),
              SnippetDto.of(h.snippet()),
              h.about().stream().map(EntityDto::of).toList(),
              h.copies()));
    }
    List<SearchResponse.Reading> readings = new ArrayList<>();
    for (Interpretation i : r.interpretation()) {
      readings.add(
          new SearchResponse.Reading(
              i.phrase(), i.entities().stream().map(EntityDto::of).toList()));
    }
    return new QuotesResponse(r.total(), out, readings, r.notes());
  }
}

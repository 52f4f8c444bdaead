package org.khabar.server.dto;

import java.util.List;
import org.khabar.archive.search.Snippet;

/**
 * A snippet: its span in the article's text, its text, the hits as offsets into {@code text}
 * (relative, ready to mark), and whether it was cut before or after.
 */
public record SnippetDto(
    int begin,
    int end,
    String text,
    List<SpanDto> highlights,
    boolean cutBefore,
    boolean cutAfter) {

  public static SnippetDto of(Snippet s) {
    if (s == null) {
      return null;
    }
    return new SnippetDto(
        s.span().begin(),
        s.span().end(),
        s.text(),
        s.relativeHighlights().stream().map(SpanDto::of).toList(),
        s.cutBefore(),
        s.cutAfter());
  }
}

package org.khabar.archive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.khabar.model.CharSpan;

/**
 * The best matching sentence of a result: its span in the article's original text, the text it
 * covers (exactly that substring), the spans of the hits (also offsets into the article's text),
 * and whether the sentence was cut before or after to keep the snippet short.
 */
public record Snippet(
    CharSpan span, String text, List<CharSpan> highlights, boolean cutBefore, boolean cutAfter) {

  public Snippet {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("snippet text does not fit its span " + span);
    }
    for (CharSpan h : highlights) {
      if (!span.contains(h)) {
        throw new IllegalArgumentException("highlight " + h + " outside snippet " + span);
      }
    }
  }

  /** The highlights as offsets into {@link #text()}. */
  public List<CharSpan> relativeHighlights() {
    List<CharSpan> out = new ArrayList<>(highlights.size());
    for (CharSpan h : highlights) {
      out.add(new CharSpan(h.begin() - span.begin(), h.end() - span.begin()));
    }
    return out;
  }

  /** The text with hits between {@code open} and {@code close} and "…" where it was cut. */
  public String marked(String open, String close) {
    StringBuilder b = new StringBuilder();
    if (cutBefore) {
      b.append('…');
    }
    int at = 0;
    for (CharSpan h : relativeHighlights()) {
      b.append(text, at, h.begin()).append(open).append(text, h.begin(), h.end()).append(close);
      at = h.end();
    }
    b.append(text, at, text.length());
    if (cutAfter) {
      b.append('…');
    }
    return b.toString();
  }

  /** The text with hits between « and ». */
  public String marked() {
    return marked("«", "»");
  }
}

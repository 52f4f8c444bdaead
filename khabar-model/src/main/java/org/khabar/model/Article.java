package org.khabar.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An input article exactly as read: its id, publication date (or {@code null}), headline (possibly
 * empty) and body. The analysed text is {@link #text()}: the headline, a blank line, then the body.
 */
public record Article(String id, LocalDate date, String headline, String body, Origin origin) {

  /** What separates a headline from the body in {@link #text()}. */
  public static final String HEADLINE_SEPARATOR = "\n\n";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank article id");
    }
    headline = headline == null ? "" : headline;
    origin = origin == null ? Origin.UNKNOWN : origin;
  }

  /**
   * The analysed text: {@code headline + "\n\n" + body}, or the body alone when there is no
   * headline.
   */
  public String text() {
    return headline.isEmpty() ? body : headline + HEADLINE_SEPARATOR + body;
  }

  /** The headline's span in {@link #text()} (empty at 0 when there is none). */
  public CharSpan headlineSpan() {
    return new CharSpan(0, headline.length());
  }

  /** The body's span in {@link #text()}. */
  public CharSpan bodySpan() {
    int start = headline.isEmpty() ? 0 : headline.length() + HEADLINE_SEPARATOR.length();
    return new CharSpan(start, start + body.length());
  }
}

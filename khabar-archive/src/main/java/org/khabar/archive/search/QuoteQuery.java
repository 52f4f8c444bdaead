package org.khabar.archive.search;

import java.time.LocalDate;

/**
 * A quote search: words the content must contain (may be empty), whose quotes ({@code saidBy}: the
 * speaker is this entity), about whom ({@code about}: the content mentions this entity), a date
 * range, and how many results to return. Names may be in either script or archive keys.
 */
public record QuoteQuery(
    String text, String saidBy, String about, LocalDate from, LocalDate to, int limit) {

  public QuoteQuery {
    text = text == null ? "" : text.strip();
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  public static QuoteQuery saidBy(String nameOrKey) {
    return new QuoteQuery("", nameOrKey, null, null, null, Query.DEFAULT_LIMIT);
  }

  public static QuoteQuery about(String nameOrKey) {
    return new QuoteQuery("", null, nameOrKey, null, null, Query.DEFAULT_LIMIT);
  }

  public QuoteQuery withText(String words) {
    return new QuoteQuery(words, saidBy, about, from, to, limit);
  }

  public QuoteQuery between(LocalDate start, LocalDate end) {
    return new QuoteQuery(text, saidBy, about, start, end, limit);
  }

  public QuoteQuery limit(int n) {
    return new QuoteQuery(text, saidBy, about, from, to, n);
  }
}

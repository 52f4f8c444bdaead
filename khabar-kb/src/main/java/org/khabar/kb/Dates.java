package org.khabar.kb;

import java.util.regex.Pattern;

/**
 * Partial ISO dates as the knowledge base writes them: YYYY, YYYY-MM or YYYY-MM-DD. Comparison is
 * by prefix: a partial date stands for its whole period.
 */
public final class Dates {

  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private Dates() {}

  /** Throws unless the value is null or a partial ISO date. */
  public static void check(String date) {
    if (date != null && !ISO.matcher(date).matches()) {
      throw new IllegalArgumentException("not a YYYY[-MM[-DD]] date: " + date);
    }
  }

  /**
   * True when {@code date} falls in [from, to]; a null bound is open, a null date means today's
   * state (only an open {@code to} qualifies).
   */
  public static boolean within(String date, String from, String to) {
    if (date == null) {
      return to == null;
    }
    if (from != null && compare(date, from) < 0) {
      return false;
    }
    return to == null || compare(date, to) <= 0;
  }

  /** Compares on the common prefix, so 2020 equals 2020-05 (overlapping periods). */
  static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    return a.substring(0, n).compareTo(b.substring(0, n));
  }
}

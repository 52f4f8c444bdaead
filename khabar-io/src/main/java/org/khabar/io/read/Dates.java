package org.khabar.io.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Publication dates as inputs write them: ISO dates and date-times (2026-01-24,
 * 2026-01-24T10:00:00+05:30), RFC 1123 as in RSS (Sat, 24 Jan 2026 10:00:00 +0530) and Indian
 * day-first dates (24/01/2026, 24-01-2026, 24.01.2026). Checked strictly: 2026-13-45 and 30/02/2026
 * are errors, as is anything else ("yesterday"). A date-time keeps the calendar date it states.
 */
final class Dates {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final List<DateTimeFormatter> DAY_FIRST =
      List.of(
          DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

  private Dates() {}

  /** The date, or a {@link DateTimeException} saying what is wrong. */
  static LocalDate parse(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      throw new DateTimeException("empty date");
    }
    try {
      return LocalDate.parse(s, ISO);
    } catch (DateTimeParseException e) {
      // try the other forms
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    for (DateTimeFormatter f : DAY_FIRST) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // next
      }
    }
    throw new DateTimeException("malformed date '" + abbreviate(s) + "'");
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}

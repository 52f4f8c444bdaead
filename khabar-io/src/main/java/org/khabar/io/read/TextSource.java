package org.khabar.io.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain text file holding one article. The first line is the headline when a blank line follows
 * it, more text comes after, and it is not too long; otherwise the whole file is body. A date in
 * the file name ("2026-01-24.txt", "news-2026-01-24.txt", "AU-2020-MAR-01.txt") becomes the
 * article's date.
 */
final class TextSource extends WholeFileSource {

  static final int MAX_HEADLINE_CHARS = 500;
  private static final Pattern NAME_DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

  /** "AU-2020-MAR-01.txt": year, English month abbreviation, day. */
  private static final Pattern NAME_MONTH_DATE =
      Pattern.compile(
          "(?<!\\d)(\\d{4})-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(\\d{2})(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private final String fileName;

  TextSource(String name, String fileName, LineReader reader, int maxArticleChars) {
    super(name, reader, maxArticleChars);
    this.fileName = fileName;
  }

  @Override
  protected ReadResult convert(String text) {
    LocalDate date = null;
    Matcher m = NAME_DATE.matcher(fileName);
    if (m.find()) {
      try {
        date = Dates.parse(m.group(1));
      } catch (DateTimeException e) {
        date = null; // digits that only look like a date: the file name is no evidence
      }
    }
    Matcher mm = NAME_MONTH_DATE.matcher(fileName);
    if (date == null && mm.find()) {
      try {
        int month = MONTHS.indexOf(mm.group(2).toLowerCase(java.util.Locale.ROOT)) / 3 + 1;
        date = LocalDate.of(Integer.parseInt(mm.group(1)), month, Integer.parseInt(mm.group(3)));
      } catch (DateTimeException e) {
        date = null;
      }
    }
    String[] parts = split(text);
    return ArticleFactory.make(null, date, parts[0], parts[1], origin(1));
  }

  /** {headline, body} of a text. */
  static String[] split(String text) {
    int start = 0;
    while (true) {
      int nl = text.indexOf('\n', start);
      if (nl < 0 || !text.substring(start, nl).isBlank()) {
        break;
      }
      start = nl + 1;
    }
    int firstEnd = text.indexOf('\n', start);
    if (firstEnd < 0) {
      return new String[] {"", text};
    }
    int secondEnd = text.indexOf('\n', firstEnd + 1);
    String first = text.substring(start, firstEnd);
    String second = text.substring(firstEnd + 1, secondEnd < 0 ? text.length() : secondEnd);
    String rest = secondEnd < 0 ? "" : text.substring(secondEnd + 1);
    if (second.isBlank() && !rest.isBlank() && first.strip().length() <= MAX_HEADLINE_CHARS) {
      return new String[] {first, rest};
    }
    return new String[] {"", text};
  }
}

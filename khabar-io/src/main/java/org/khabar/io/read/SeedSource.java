package org.khabar.io.read;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The seed form: each article starts with a line {@code date YYYY-MM-DD Headline: body} (leading
 * spaces allowed); the headline ends at the first ':' and the body goes on over the following lines
 * until the next {@code date} line. Articles stream one at a time.
 */
final class SeedSource extends Source {

  /** A ':' further into the line than this does not end a headline. */
  static final int MAX_HEADLINE_CHARS = 300;

  private final LineReader reader;
  private final int maxArticleChars;
  private LineReader.Line pending; // a date line read while collecting the previous article
  private boolean started;
  private int lineNo;

  SeedSource(String name, LineReader reader, int maxArticleChars) {
    super(name);
    this.reader = reader;
    this.maxArticleChars = maxArticleChars;
  }

  @Override
  protected int line() {
    return lineNo;
  }

  @Override
  protected ReadResult compute() throws IOException {
    LineReader.Line first = pending != null ? pending : reader.next();
    pending = null;
    if (first == null) {
      return started ? null : failed(0, "empty file");
    }
    lineNo = first.number();
    if (!started) {
      started = true;
      if (!first.ok() || dateLine(first.text()) == null) {
        // skip everything up to the first date line, reporting it once
        String why = first.ok() ? "text before the first 'date YYYY-MM-DD' line" : first.error();
        int at = first.number();
        LineReader.Line l = first;
        boolean content = !first.ok() || !first.text().isBlank();
        while (l != null && !(l.ok() && dateLine(l.text()) != null)) {
          content |= !l.ok() || !l.text().isBlank();
          l = reader.next();
        }
        pending = l;
        if (l == null && !content) {
          return failed(0, "empty file");
        }
        if (l == null) {
          return failed(at, "no 'date YYYY-MM-DD' line: not the seed form");
        }
        if (content) {
          return failed(at, why);
        }
        return compute();
      }
    }
    String[] head = dateLine(first.text());
    int start = first.number();
    String problem = null;
    LocalDate date = null;
    try {
      date = Dates.parse(head[0]);
    } catch (DateTimeException e) {
      problem = e.getMessage();
    }
    String rest = head[1];
    int colon = rest.indexOf(':');
    String headline = "";
    StringBuilder body = new StringBuilder();
    if (colon > 0 && colon <= MAX_HEADLINE_CHARS) {
      headline = rest.substring(0, colon);
      body.append(rest, colon + 1, rest.length());
    } else {
      body.append(rest);
    }
    for (LineReader.Line l = reader.next(); l != null; l = reader.next()) {
      lineNo = l.number();
      if (l.ok() && dateLine(l.text()) != null) {
        pending = l;
        break;
      }
      if (problem != null) {
        continue;
      }
      if (!l.ok()) {
        problem = l.error();
      } else if (body.length() + l.text().length() + 1 > maxArticleChars) {
        problem = "article is longer than " + maxArticleChars + " characters";
        body.setLength(0);
      } else {
        body.append('\n').append(l.text());
      }
    }
    if (problem != null) {
      return failed(start, problem);
    }
    return ArticleFactory.make(null, date, headline, body.toString(), origin(start));
  }

  /** {date token, rest of line} when the line starts an article, else null. */
  static String[] dateLine(String line) {
    int n = line.length();
    int i = 0;
    while (i < n
        && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (!line.regionMatches(true, i, "date", 0, 4)) {
      return null;
    }
    i += 4;
    if (i >= n || (line.charAt(i) != ' ' && line.charAt(i) != '\t')) {
      return null;
    }
    while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    int tokenStart = i;
    while (i < n && !Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    if (i == tokenStart) {
      return null;
    }
    String token = line.substring(tokenStart, i);
    String rest = i < n ? line.substring(i + 1) : "";
    return new String[] {token, rest};
  }

  /** Whether text (the start of a file) looks like the seed form. */
  static boolean looksLikeSeed(String start) {
    int nl = start.indexOf('\n');
    String firstLine = nl < 0 ? start : start.substring(0, nl);
    String[] head = dateLine(firstLine);
    return head != null && !head[0].isEmpty() && Character.isDigit(head[0].charAt(0));
  }

  @Override
  protected void release() throws IOException {
    reader.close();
  }
}

package org.khabar.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.CharSpan;

/**
 * Finds spans of text inside quotation marks: curly double “…”, curly single ‘…’, guillemets «…»
 * and straight "…" / '…' pairs. A straight single quote counts only at a word boundary (an
 * apostrophe inside a Latin word is not a mark). Pairs never cross a paragraph break (a blank
 * line), so one unbalanced mark cannot swallow the rest of an article. Written by hand: no library
 * pairs quotation marks in running text.
 */
final class QuoteMarks {

  /** A quotation: the span of the marks themselves ({@code outer}) and of the words inside. */
  record Quotation(CharSpan outer, CharSpan inner) {}

  private QuoteMarks() {}

  static List<Quotation> find(String text) {
    List<Quotation> out = new ArrayList<>();
    int paragraphStart = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      boolean end = i == n || (text.charAt(i) == '\n' && i + 1 < n && text.charAt(i + 1) == '\n');
      if (end) {
        scanParagraph(text, paragraphStart, i, out);
        paragraphStart = i;
      }
    }
    out.sort((a, b) -> a.outer().compareTo(b.outer()));
    return out;
  }

  private static void scanParagraph(String text, int from, int to, List<Quotation> out) {
    pair(text, from, to, '“', '”', out);
    pair(text, from, to, '«', '»', out);
    pair(text, from, to, '‘', '’', out);
    pairStraight(text, from, to, '"', out);
    pairStraight(text, from, to, '\'', out);
  }

  private static void pair(
      String text, int from, int to, char open, char close, List<Quotation> out) {
    int openAt = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == open && openAt < 0) {
        openAt = i;
      } else if (c == close && openAt >= 0) {
        add(text, openAt, i, out);
        openAt = -1;
      }
    }
  }

  private static void pairStraight(String text, int from, int to, char mark, List<Quotation> out) {
    int openAt = -1;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != mark) {
        continue;
      }
      boolean letterBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
      boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
      if (mark == '\'' && letterBefore && letterAfter && isLatin(text.charAt(i - 1))) {
        continue; // an apostrophe: don't, India's
      }
      if (openAt < 0) {
        openAt = i;
      } else {
        add(text, openAt, i, out);
        openAt = -1;
      }
    }
  }

  private static boolean isLatin(char c) {
    return c < 0x250 && Character.isLetter(c);
  }

  private static void add(String text, int open, int close, List<Quotation> out) {
    int b = open + 1;
    int e = close;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      out.add(new Quotation(new CharSpan(open, close + 1), new CharSpan(b, e)));
    }
  }
}

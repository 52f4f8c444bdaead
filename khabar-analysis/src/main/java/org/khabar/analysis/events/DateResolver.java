package org.khabar.analysis.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.khabar.analysis.lex.Lexicons;
import org.khabar.analysis.lex.PhraseTrie;
import org.khabar.model.CharSpan;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;

/**
 * Resolves the date words of a sentence (आज, कल, सोमवार, "20 मार्च") against the article's date.
 * The words live in {@code dates.tsv}. Thread-safe.
 */
public final class DateResolver {

  enum Kind {
    OFFSET,
    WEEKDAY,
    MONTH
  }

  record Word(Kind kind, int value) {}

  /** A resolved date and the words that gave it. */
  public record Resolved(LocalDate date, CharSpan span, String rule) {}

  private final PhraseTrie<Word> words = new PhraseTrie<>();

  public DateResolver(UnaryOperator<String> canonical) {
    for (Lexicons.Row r : Lexicons.rows(DateResolver.class, "dates.tsv")) {
      Kind k;
      try {
        k = Kind.valueOf(r.col(1).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown date kind '" + r.col(1) + "'");
      }
      words.add(Lexicons.words(r.col(0), canonical), new Word(k, (int) r.number(2, 0)));
    }
  }

  /**
   * The first date the tokens {@code [from, to)} state, or {@code null} when they state none or the
   * article has no date to resolve against.
   */
  public Resolved resolve(List<Token> tokens, int from, int to, LocalDate articleDate) {
    if (articleDate == null) {
      return null;
    }
    for (int i = from; i < to; i++) {
      PhraseTrie.Match<Word> m = words.longestAt(tokens, i, to, Token::norm);
      if (m == null) {
        continue;
      }
      CharSpan span = new CharSpan(tokens.get(i).begin(), tokens.get(m.end() - 1).end());
      Word w = m.value();
      switch (w.kind()) {
        case OFFSET:
          return new Resolved(articleDate.plusDays(w.value()), span, "date.offset");
        case WEEKDAY:
          return new Resolved(
              articleDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(w.value()))),
              span,
              "date.weekday");
        case MONTH:
          {
            if (i > from && tokens.get(i - 1).kind() == TokenKind.NUMBER) {
              Integer day = parseDay(tokens.get(i - 1).norm());
              if (day != null) {
                LocalDate d = safeDate(articleDate.getYear(), w.value(), day);
                if (d != null && d.isAfter(articleDate)) {
                  d = safeDate(articleDate.getYear() - 1, w.value(), day);
                }
                if (d != null) {
                  CharSpan s = new CharSpan(tokens.get(i - 1).begin(), span.end());
                  return new Resolved(d, s, "date.day-month");
                }
              }
            }
            break;
          }
      }
    }
    return null;
  }

  private static Integer parseDay(String s) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      int v = Character.digit(s.charAt(i), 10);
      if (v < 0) {
        return null;
      }
      digits.append(v);
    }
    if (digits.isEmpty() || digits.length() > 2) {
      return null;
    }
    int d = Integer.parseInt(digits.toString());
    return d >= 1 && d <= 31 ? d : null;
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}

package org.khabar.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Finds sentence starts: ICU's sentence {@link BreakIterator} proposes the breaks (after । ॥ ? ! .
 * and their closing quotes, and at every line end, so a headline line is always its own sentence),
 * then a token-aware filter drops a break that falls inside a token ("3.5", "के.सी.") or right
 * after a dotted abbreviation token ("डॉ.", "श्री.", "U.S."), unless a line end follows it.
 *
 * <p>The filter does the job of ICU's {@code FilteredBreakIteratorBuilder} but asks the tokenizer
 * rather than matching suffixes: ICU's filter matches an abbreviation as the end of any word, so a
 * suppression for "ई." would also glue "वह चली गई." to the next sentence (checked with ICU 77.1).
 *
 * <p>Thread-safe: each call works on its own clone of the break iterator.
 */
final class SentenceSplitter {

  private final BreakIterator prototype = BreakIterator.getSentenceInstance(ULocale.ROOT);

  /** For each token, whether a sentence starts at it. */
  boolean[] sentenceStarts(String canonical, Tokenizer.Spans tokens) {
    int size = tokens.size;
    boolean[] starts = new boolean[size];
    if (size == 0) {
      return starts;
    }
    starts[0] = true;
    BreakIterator breaks;
    synchronized (prototype) {
      breaks = (BreakIterator) prototype.clone();
    }
    breaks.setText(canonical);
    int n = canonical.length();
    int k = 0; // the first token at or after the break
    for (int b = breaks.next(); b != BreakIterator.DONE && b < n; b = breaks.next()) {
      while (k < size && tokens.begin[k] < b) {
        k++;
      }
      if (k >= size) {
        break;
      }
      if (k > 0 && tokens.end[k - 1] > b) {
        continue; // inside a token
      }
      boolean lineEnd = canonical.charAt(b - 1) == '\n';
      if (!lineEnd && k > 0 && tokens.dotted[k - 1]) {
        continue; // after an abbreviation
      }
      starts[k] = true;
    }
    return starts;
  }
}

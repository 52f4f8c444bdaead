package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Sentence;
import org.khabar.model.Token;

/**
 * Invariants over seeded random text mixing Devanagari, Latin, digits, punctuation, combining
 * marks, zero-width characters, surrogate pairs, lone surrogates and line ends. Each failure names
 * its seed and input; add a failing seed to the list to replay it.
 */
class RandomTextInvariantsTest {

  private static final TextStage STAGE = new TextStage();
  private static final int TEXTS_PER_SEED = 300;

  private static final String[] PIECES = {
    "क",
    "ख",
    "ग",
    "ज",
    "ड",
    "फ",
    "न",
    "र",
    "स",
    "ह",
    "अ",
    "इ",
    "उ",
    "ए",
    "ा",
    "ि",
    "ी",
    "ु",
    "े",
    "ो",
    "ॉ",
    "ं",
    "ँ",
    "ः",
    "्",
    "़",
    "\u0958",
    "\u095B",
    "\u095C",
    "\u095E",
    "\u0929",
    "।",
    "॥",
    "०",
    "१",
    "॰",
    "डॉ",
    "श्री",
    "प्र",
    "a",
    "B",
    "z",
    "RJD",
    "COVID",
    "0",
    "1",
    "9",
    "3.5",
    "1,20,000",
    ".",
    ",",
    "-",
    "—",
    "'",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "(",
    ")",
    ":",
    "?",
    "!",
    "₹",
    "%",
    "@",
    "/",
    "http://",
    "www.",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u00A0",
    "\u2009",
    "\u200B",
    "\u200C",
    "\u200D",
    "\u2060",
    "\uFEFF",
    "\u00AD",
    "\u0301",
    "\u0308",
    "\u20E3",
    "\uFE0F",
    "\uD83D\uDE00",
    "\uD83C\uDDEE",
    "\uD840\uDC00",
    "\uD800",
    "\uDC00",
    "\uFFFD",
    "\u0000",
    "\u001F",
    "\u0085",
    "\u2028",
    "\u0645",
    "\u06CC",
    "中",
    "\uE000",
    "\u0378"
  };

  static String randomText(Random r) {
    int pieces = r.nextInt(60);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (r.nextInt(8) == 0) {
        sb.appendCodePoint(r.nextInt(0x11000)); // anything at all, including lone surrogates
      } else {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  private static List<String> texts(long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < TEXTS_PER_SEED; i++) {
      out.add(randomText(r));
    }
    return out;
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars()
        .forEach(
            c ->
                sb.append(
                    c < 0x80 && c >= 0x20
                        ? String.valueOf((char) c)
                        : String.format("\\u%04X", c)));
    return sb.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 1234, 99_991, 20_260_124, 7_777_777_777L})
  void canonicalisationIsIdempotentAndWellFormed(long seed) {
    for (String s : texts(seed)) {
      String once = Canonicalizer.canonicalize(s).text();
      String why = "seed " + seed + " input \"" + escape(s) + "\"";
      assertThat(Canonicalizer.canonicalize(once).text()).as(why).isEqualTo(once);
      for (int i = 0; i < once.length(); i++) {
        char c = once.charAt(i);
        assertThat(c != '\r' && c != '\u00A0' && c != '\u200B' && c != '\uFEFF').as(why).isTrue();
        if (Character.isHighSurrogate(c)) {
          assertThat(i + 1 < once.length() && Character.isLowSurrogate(once.charAt(i + 1)))
              .as(why)
              .isTrue();
          i++;
        } else {
          assertThat(Character.isLowSurrogate(c)).as(why).isFalse();
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 1234, 99_991, 20_260_124, 7_777_777_777L})
  void offsetMapIsMonotoneAndRoundTrips(long seed) {
    for (String s : texts(seed)) {
      String why = "seed " + seed + " input \"" + escape(s) + "\"";
      CanonicalText c = Canonicalizer.canonicalize(s);
      int m = c.text().length();
      int n = s.length();
      assertThat(c.toOriginal(0)).as(why).isBetween(0, n);
      assertThat(c.toOriginal(m)).as(why).isEqualTo(n);
      assertThat(c.toCanonical(n)).as(why).isEqualTo(m);
      for (int k = 1; k <= m; k++) {
        assertThat(c.toOriginal(k)).as(why).isGreaterThanOrEqualTo(c.toOriginal(k - 1));
        // a group start maps back to itself
        if (k < m && c.toOriginal(k) != c.toOriginal(k - 1)) {
          assertThat(c.toCanonical(c.toOriginal(k))).as(why + " at " + k).isEqualTo(k);
        }
        assertThat(c.toCanonical(c.toOriginal(k))).as(why).isLessThanOrEqualTo(k);
      }
      for (int o = 1; o <= n; o++) {
        assertThat(c.toCanonical(o)).as(why).isGreaterThanOrEqualTo(c.toCanonical(o - 1));
        assertThat(c.toOriginal(c.toCanonical(o)))
            .as(why)
            .isGreaterThanOrEqualTo(c.toOriginal(c.toCanonical(o - 1)));
      }
      for (int b = 0; b < m; b++) {
        int e = Math.min(m, b + 1 + (b % 3));
        CharSpan orig = c.toOriginalSpan(b, e);
        assertThat(orig.end()).as(why).isLessThanOrEqualTo(n);
        assertThat(orig.isEmpty()).as(why).isFalse();
        assertThat(c.toCanonicalSpan(orig).contains(new CharSpan(b, e))).as(why).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 1234, 99_991, 20_260_124, 7_777_777_777L})
  void tokensAndSentencesAreWellFormed(long seed) {
    for (String s : texts(seed)) {
      String why = "seed " + seed + " input \"" + escape(s) + "\"";
      TextLayer layer = STAGE.analyze(s);
      checkLayer(s, layer, why);
      // the model's own validation accepts it
      Article a = new Article("x", null, "", s, null);
      Document d = Document.of(a).withSentencesAndTokens(layer.sentences(), layer.tokens());
      assertThat(d.tokens()).hasSameSizeAs(layer.tokens());
    }
  }

  static void checkLayer(String s, TextLayer layer, String why) {
    List<Token> tokens = layer.tokens();
    int prevEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      assertThat(t.index()).as(why).isEqualTo(i);
      assertThat(t.begin()).as(why).isGreaterThanOrEqualTo(prevEnd);
      assertThat(t.end()).as(why).isGreaterThan(t.begin()).isLessThanOrEqualTo(s.length());
      assertThat(t.span().in(s)).as(why + " token " + i).isNotBlank();
      assertThat(t.norm()).as(why).isNotEmpty();
      assertThat(t.norm().chars().noneMatch(Character::isWhitespace)).as(why).isTrue();
      prevEnd = t.end();
    }
    int next = 0;
    for (int k = 0; k < layer.sentences().size(); k++) {
      Sentence sentence = layer.sentences().get(k);
      assertThat(sentence.index()).as(why).isEqualTo(k);
      assertThat(sentence.tokens().first()).as(why).isEqualTo(next);
      assertThat(sentence.tokens().isEmpty()).as(why).isFalse();
      assertThat(sentence.span().begin())
          .as(why)
          .isEqualTo(tokens.get(sentence.tokens().first()).begin());
      assertThat(sentence.span().end())
          .as(why)
          .isEqualTo(tokens.get(sentence.tokens().end() - 1).end());
      next = sentence.tokens().end();
    }
    assertThat(next).as(why).isEqualTo(tokens.size());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 6})
  void aSharedStageGivesTheSameAnswerInParallel(long seed) throws Exception {
    List<String> inputs = texts(seed);
    List<TextLayer> expected = inputs.stream().map(STAGE::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TextLayer>>> futures = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        futures.add(pool.submit(() -> inputs.stream().map(STAGE::analyze).toList()));
      }
      for (Future<List<TextLayer>> f : futures) {
        List<TextLayer> got = f.get();
        for (int i = 0; i < inputs.size(); i++) {
          assertThat(got.get(i).tokens())
              .as("seed " + seed + " text " + i)
              .isEqualTo(expected.get(i).tokens());
          assertThat(got.get(i).sentences())
              .as("seed " + seed + " text " + i)
              .isEqualTo(expected.get(i).sentences());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

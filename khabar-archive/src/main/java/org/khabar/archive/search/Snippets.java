package org.khabar.archive.search;

import com.ibm.icu.text.BreakIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.Mention;
import org.khabar.model.Sentence;

/**
 * Picks the sentence of a result that best shows why it matched, and marks the hits in it.
 *
 * <p>Hand-written rather than Lucene's highlighters because a hit may come from any of four
 * analysed fields (exact, folded, romanised, skeleton) or from an entity the analysis found, and
 * the snippet must be one of the document's own sentences with offsets into its untouched text. The
 * text is re-analysed with the index's analyzers, whose offsets point into the original.
 */
final class Snippets {

  static final int MAX_CHARS = 320;
  private static final int LEAD = 80;

  private final Analyzer analyzer;

  Snippets(Analyzer perField) {
    this.analyzer = perField;
  }

  private record Hit(CharSpan span, int clause, double factor) {}

  /**
   * The best sentence of the document: the one whose hits cover the most (and most important) query
   * clauses, body before headline, earlier first.
   *
   * @param keyOf archive key of each entity id of the document
   */
  Snippet best(Document d, Highlights h, Map<String, String> keyOf) {
    String text = d.text();
    List<Hit> hits = hits(text, new CharSpan(0, text.length()), h);
    hits.addAll(entityHits(d, h, keyOf, new CharSpan(0, text.length())));
    List<CharSpan> sentences = sentences(d);
    CharSpan headline = d.article().headlineSpan();
    CharSpan best = null;
    double bestScore = -1;
    for (CharSpan s : sentences) {
      double score = score(hits, s, h);
      if (!headline.isEmpty() && headline.contains(s) && score > 0) {
        score -= 0.001; // the headline is shown anyway: prefer a body sentence on a tie
      }
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (best == null) {
      return new Snippet(new CharSpan(0, 0), "", List.of(), false, false);
    }
    if (bestScore <= 0) {
      // nothing matched in the text (a filter-only search): the first body sentence
      for (CharSpan s : sentences) {
        if (!headline.contains(s) || headline.isEmpty()) {
          best = s;
          break;
        }
      }
    }
    return cut(text, best, hits);
  }

  /** A snippet of one region (a quote's content), with its hits. */
  Snippet region(String text, CharSpan region, Highlights h) {
    return cut(text, region, hits(text, region, h));
  }

  private static double score(List<Hit> hits, CharSpan sentence, Highlights h) {
    Map<Integer, Double> best = new HashMap<>();
    int count = 0;
    for (Hit hit : hits) {
      if (sentence.contains(hit.span())) {
        best.merge(hit.clause(), hit.factor(), Math::max);
        count++;
      }
    }
    double score = 0;
    for (Map.Entry<Integer, Double> e : best.entrySet()) {
      score += h.weight(e.getKey()) * e.getValue();
    }
    return score + 0.01 * Math.min(count, 10);
  }

  private record Tok(String term, int begin, int end, int position) {}

  private List<Hit> hits(String text, CharSpan region, Highlights h) {
    List<Hit> out = new ArrayList<>();
    if (region.isEmpty()) {
      return out;
    }
    String part = region.in(text);
    // Cheap fields first (exact, folded, then the cross-script ones, which transliterate every
    // word); a field is read only while some query clause has no hit yet, since a clause's best
    // hit decides a sentence's score and a hit in an earlier field outweighs a later one.
    List<String> fields = new ArrayList<>(h.fields());
    fields.sort(
        java.util.Comparator.comparingDouble(f -> -Highlights.FIELD_FACTOR.getOrDefault(f, 0.5)));
    java.util.Set<Integer> wanted = new java.util.HashSet<>();
    for (String field : fields) {
      wanted.addAll(h.terms().getOrDefault(field, Map.of()).values());
      wanted.addAll(h.phrases().getOrDefault(field, Map.of()).values());
    }
    java.util.Set<Integer> found = new java.util.HashSet<>();
    for (String field : fields) {
      if (!found.isEmpty() && found.containsAll(wanted)) {
        break;
      }
      double factor = Highlights.FIELD_FACTOR.getOrDefault(field, 0.5);
      Map<String, Integer> terms = h.terms().getOrDefault(field, Map.of());
      Map<List<String>, Integer> phrases = h.phrases().getOrDefault(field, Map.of());
      List<Tok> toks = new ArrayList<>();
      try (TokenStream ts = analyzer.tokenStream(field, part)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        int position = -1;
        while (ts.incrementToken()) {
          position += inc.getPositionIncrement();
          toks.add(
              new Tok(
                  term.toString(),
                  region.begin() + off.startOffset(),
                  region.begin() + off.endOffset(),
                  position));
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < toks.size(); i++) {
        Tok t = toks.get(i);
        Integer clause = terms.get(t.term());
        if (clause != null) {
          out.add(new Hit(new CharSpan(t.begin(), t.end()), clause, factor));
          found.add(clause);
        }
        for (Map.Entry<List<String>, Integer> p : phrases.entrySet()) {
          int end = phraseEnd(toks, i, p.getKey());
          if (end >= 0) {
            out.add(new Hit(new CharSpan(t.begin(), toks.get(end).end()), p.getValue(), factor));
            found.add(p.getValue());
          }
        }
      }
    }
    return out;
  }

  /** The index of the last token of {@code phrase} starting at token {@code i}, or -1. */
  private static int phraseEnd(List<Tok> toks, int i, List<String> phrase) {
    int at = i;
    for (int k = 0; k < phrase.size(); k++) {
      if (at >= toks.size() || !toks.get(at).term().equals(phrase.get(k))) {
        return -1;
      }
      if (k > 0 && toks.get(at).position() != toks.get(at - 1).position() + 1) {
        return -1;
      }
      at++;
    }
    return at - 1;
  }

  private static List<Hit> entityHits(
      Document d, Highlights h, Map<String, String> keyOf, CharSpan region) {
    List<Hit> out = new ArrayList<>();
    if (h.entities().isEmpty()) {
      return out;
    }
    for (Entity e : d.entities()) {
      Integer clause = h.entities().get(keyOf.get(e.id()));
      if (clause == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (region.contains(m.span())) {
          out.add(new Hit(m.span(), clause, 1.0));
        }
      }
    }
    return out;
  }

  private static List<CharSpan> sentences(Document d) {
    List<CharSpan> out = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      out.add(trim(d.text(), s.span()));
    }
    if (out.isEmpty()) {
      BreakIterator bi = BreakIterator.getSentenceInstance(Locale.forLanguageTag("hi"));
      String text = d.text();
      bi.setText(text);
      int start = bi.first();
      for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
        CharSpan s = trim(text, new CharSpan(start, end));
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    out.removeIf(CharSpan::isEmpty);
    return out;
  }

  private static CharSpan trim(String text, CharSpan s) {
    int b = s.begin();
    int e = Math.min(s.end(), text.length());
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new CharSpan(b, e);
  }

  /** Hits that touch, overlap or are one space apart are shown as one. */
  private static boolean onlySpaceBetween(String text, CharSpan a, CharSpan b) {
    if (a.end() >= b.begin()) {
      return true;
    }
    for (int i = a.end(); i < b.begin(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
        return false;
      }
    }
    return b.begin() - a.end() <= 2;
  }

  /** The sentence, cut to {@link #MAX_CHARS} around its first hit, with its hits merged. */
  private static Snippet cut(String text, CharSpan sentence, List<Hit> hits) {
    List<CharSpan> inside = new ArrayList<>();
    for (Hit hit : hits) {
      if (sentence.contains(hit.span())) {
        inside.add(hit.span());
      }
    }
    inside.sort(Comparator.naturalOrder());
    CharSpan window = sentence;
    if (sentence.length() > MAX_CHARS) {
      int first = inside.isEmpty() ? sentence.begin() : inside.get(0).begin();
      int start = Math.max(sentence.begin(), first - LEAD);
      if (start > sentence.begin()) {
        int space = text.indexOf(' ', start);
        if (space >= 0 && space < first) {
          start = space + 1;
        }
      }
      int end = Math.min(sentence.end(), start + MAX_CHARS);
      if (end < sentence.end()) {
        int space = text.lastIndexOf(' ', end);
        if (space > start) {
          end = space;
        }
      }
      window = new CharSpan(start, end);
    }
    List<CharSpan> merged = new ArrayList<>();
    Set<CharSpan> seen = new HashSet<>();
    for (CharSpan s : inside) {
      if (!window.contains(s) || !seen.add(s)) {
        continue;
      }
      if (!merged.isEmpty() && onlySpaceBetween(text, merged.get(merged.size() - 1), s)) {
        CharSpan last = merged.remove(merged.size() - 1);
        merged.add(last.union(s));
      } else {
        merged.add(s);
      }
    }
    return new Snippet(
        window,
        window.in(text),
        merged,
        window.begin() > sentence.begin(),
        window.end() < sentence.end());
  }
}

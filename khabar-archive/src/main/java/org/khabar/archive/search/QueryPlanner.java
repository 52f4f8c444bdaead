package org.khabar.archive.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.khabar.archive.dedup.Canonical;
import org.khabar.archive.index.Fields;
import org.khabar.archive.names.CrossScript;
import org.khabar.archive.names.NameResolver;
import org.khabar.archive.names.NamedEntity;

/**
 * Turns the words a user typed into a Lucene query over the archive's fields.
 *
 * <ol>
 *   <li>Phrases of up to four words that name an entity (knowledge-base aliases first, then the
 *       archive's own names, in either script) match that entity's key or any of its aliases, or
 *       the words themselves (but not their skeletons: the name's aliases already cover its
 *       spellings, and short skeletons collide).
 *   <li>Every other word matches, best first: as written ({@value #EXACT_BOOST}×), folded ({@value
 *       #FOLD_BOOST}×), romanised ({@value #TRANSLIT_BOOST}×) or by consonant skeleton ({@value
 *       #SKELETON_BOOST}×) — the best field counts, so a variant spelling ranks below the spelling
 *       itself.
 *   <li>Every word is required except function words ({@code stopwords.txt}); an exact phrase and
 *       headline hits add to the score. Two or three words also match as one word written together
 *       (हर्षवर्धन for "harsh vardhan").
 * </ol>
 */
final class QueryPlanner {

  static final float EXACT_BOOST = 4f;
  static final float FOLD_BOOST = 2f;
  static final float TRANSLIT_BOOST = 1.5f;
  static final float SKELETON_BOOST = 0.5f;
  static final float ENTITY_BOOST = 6f;
  static final float ALIAS_BOOST = 4f;
  static final float PHRASE_BOOST = 2f;
  static final float HEADLINE_BOOST = 1f;
  private static final int MAX_PHRASE_WORDS = 4;
  private static final int MAX_ALIASES = 12;

  private final Analyzer analyzer;
  private final CrossScript crossScript;
  private final NameResolver resolver;
  private final Set<String> stopwords;

  /** A query, the phrases read as names, and what to mark in results. */
  record Plan(Query query, List<Interpretation> interpretation, Highlights highlights) {}

  QueryPlanner(Analyzer perField, CrossScript crossScript, NameResolver resolver) {
    this.analyzer = perField;
    this.crossScript = crossScript;
    this.resolver = resolver;
    this.stopwords = readStopwords();
  }

  /** The plan of these words; its query is {@code null} when there are no words. */
  Plan plan(String text) {
    Highlights h = new Highlights();
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new Plan(null, List.of(), h);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<Interpretation> interpretation = new ArrayList<>();
    boolean required = false;
    int i = 0;
    while (i < words.size()) {
      int len = Math.min(MAX_PHRASE_WORDS, words.size() - i);
      List<NamedEntity> named = List.of();
      for (; len >= 1; len--) {
        if (len == 1 && isStopword(words.get(i))) {
          break;
        }
        named = resolver.resolve(String.join(" ", words.subList(i, i + len)));
        if (!named.isEmpty()) {
          break;
        }
      }
      if (len < 1) {
        len = 1;
      }
      List<String> phrase = words.subList(i, i + len);
      boolean optional = named.isEmpty() && len == 1 && isStopword(phrase.get(0));
      int clause = h.newClause(optional ? 0.2 : 1.0);
      BooleanQuery.Builder wordsQuery = new BooleanQuery.Builder();
      int parts = 0;
      for (String w : phrase) {
        // A phrase read as a name is matched through the entity and its aliases; its words alone
        // skip the skeleton, whose short keys collide (bihar and भारी are both "bhr").
        Query q = wordQuery(w, clause, h, named.isEmpty());
        if (q != null) {
          wordsQuery.add(q, BooleanClause.Occur.MUST);
          parts++;
        }
      }
      List<Query> alternatives = new ArrayList<>();
      if (parts > 0) {
        alternatives.add(wordsQuery.build());
      }
      if (!named.isEmpty()) {
        interpretation.add(new Interpretation(String.join(" ", phrase), named));
        for (NamedEntity e : named) {
          h.entity(e.key(), clause);
          alternatives.add(
              new BoostQuery(new TermQuery(new Term(Fields.ENTITY, e.key())), ENTITY_BOOST));
          int n = 0;
          for (String alias : e.aliases()) {
            Query q = phraseQuery(Fields.EXACT, alias, clause, h);
            if (q != null && n++ < MAX_ALIASES) {
              alternatives.add(new BoostQuery(q, ALIAS_BOOST));
            }
          }
        }
      }
      if (!alternatives.isEmpty()) {
        Query q =
            alternatives.size() == 1
                ? alternatives.get(0)
                : new DisjunctionMaxQuery(alternatives, 0.1f);
        b.add(q, optional ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
        required |= !optional;
      }
      for (String w : phrase) {
        if (!isStopword(w)) {
          for (List<String> pos : analyze(Fields.HEADLINE, w)) {
            for (String t : pos) {
              b.add(
                  new BoostQuery(new TermQuery(new Term(Fields.HEADLINE, t)), HEADLINE_BOOST),
                  BooleanClause.Occur.SHOULD);
            }
          }
        }
      }
      i += len;
    }
    if (words.size() > 1) {
      Query phrase = phraseQuery(Fields.EXACT, String.join(" ", words), -1, null);
      if (phrase instanceof PhraseQuery pq) {
        b.add(
            new BoostQuery(new PhraseQuery(2, Fields.EXACT, terms(pq)), PHRASE_BOOST),
            BooleanClause.Occur.SHOULD);
      }
    }
    if (!required) {
      b.setMinimumNumberShouldMatch(1);
    }
    Query query = b.build();
    if (interpretation.isEmpty() && words.size() >= 2 && words.size() <= 3) {
      // One word written as two ("हर्ष वर्धन" for हर्षवर्धन, "harsh vardhan"): either reading.
      Query joined = wordQuery(String.join("", words), h.newClause(1.0), h, true);
      if (joined != null) {
        query = new DisjunctionMaxQuery(List.of(query, joined), 0.1f);
      }
    }
    return new Plan(query, interpretation, h);
  }

  private static String[] terms(PhraseQuery pq) {
    Term[] ts = pq.getTerms();
    String[] out = new String[ts.length];
    for (int i = 0; i < ts.length; i++) {
      out[i] = ts[i].text();
    }
    return out;
  }

  boolean isStopword(String word) {
    return stopwords.contains(Canonical.text(word).toLowerCase(java.util.Locale.ROOT));
  }

  /** One word in every text field, the best field counting. */
  private Query wordQuery(String word, int clause, Highlights h, boolean skeleton) {
    List<Query> alts = new ArrayList<>();
    addField(alts, Fields.EXACT, word, EXACT_BOOST, clause, h);
    addField(alts, Fields.FOLD, word, FOLD_BOOST, clause, h);
    addField(alts, Fields.TRANSLIT, word, TRANSLIT_BOOST, clause, h);
    if (skeleton) {
      List<String> skeletons = crossScript.querySkeletons(word);
      if (!skeletons.isEmpty()) {
        skeletons.forEach(t -> h.term(Fields.SKELETON, t, clause));
        Query q;
        if (skeletons.size() == 1) {
          q = new TermQuery(new Term(Fields.SKELETON, skeletons.get(0)));
        } else {
          SynonymQuery.Builder sq = new SynonymQuery.Builder(Fields.SKELETON);
          skeletons.forEach(t -> sq.addTerm(new Term(Fields.SKELETON, t)));
          q = sq.build();
        }
        alts.add(new BoostQuery(q, SKELETON_BOOST));
      }
    }
    if (alts.isEmpty()) {
      return null;
    }
    return alts.size() == 1 ? alts.get(0) : new DisjunctionMaxQuery(alts, 0.1f);
  }

  private void addField(
      List<Query> alts, String field, String word, float boost, int clause, Highlights h) {
    Query q = phraseQuery(field, word, clause, h);
    if (q != null) {
      alts.add(new BoostQuery(q, boost));
    }
  }

  /**
   * The text as analysed for {@code field}: one term, stacked synonyms, or a phrase; {@code null}
   * when the field keeps no token of it. Registers the terms for highlighting when {@code h} is
   * given.
   */
  private Query phraseQuery(String field, String text, int clause, Highlights h) {
    List<List<String>> positions = analyze(field, text);
    if (positions.isEmpty()) {
      return null;
    }
    if (h != null) {
      positions.forEach(p -> p.forEach(t -> h.term(field, t, clause)));
    }
    if (positions.size() == 1) {
      List<String> p = positions.get(0);
      if (p.size() == 1) {
        return new TermQuery(new Term(field, p.get(0)));
      }
      SynonymQuery.Builder s = new SynonymQuery.Builder(field);
      p.forEach(t -> s.addTerm(new Term(field, t)));
      return s.build();
    }
    if (positions.stream().allMatch(p -> p.size() == 1)) {
      return new PhraseQuery(field, positions.stream().map(p -> p.get(0)).toArray(String[]::new));
    }
    MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
    for (List<String> p : positions) {
      m.add(p.stream().map(t -> new Term(field, t)).toArray(Term[]::new));
    }
    return m.build();
  }

  /** The terms of {@code text} in {@code field}, grouped by position. */
  List<List<String>> analyze(String field, String text) {
    List<List<String>> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || out.isEmpty()) {
          out.add(new ArrayList<>());
        }
        out.get(out.size() - 1).add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The words of a query as typed (ICU word segmentation, punctuation dropped). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    try (ICUTokenizer t = new ICUTokenizer()) {
      CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
      t.setReader(new java.io.StringReader(text));
      t.reset();
      while (t.incrementToken()) {
        out.add(term.toString());
      }
      t.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Set<String> readStopwords() {
    Set<String> out = new HashSet<>();
    try (InputStream in = QueryPlanner.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource stopwords.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(Canonical.text(w).toLowerCase(java.util.Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}

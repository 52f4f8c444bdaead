package org.khabar.translit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transliteration between Devanagari and the Latin spelling of Hindi news, both ways.
 *
 * <p>Devanagari → Latin: the rule-based {@link NewsRomanizer} proposes its main form and variants,
 * the learnt {@link GraphoneModel} proposes its k best; all are scored by the model's joint
 * probability and the rule form wins ties within {@link #RULE_MARGIN} (it is the news convention
 * where the model only knows casual romanisation). Latin → Devanagari: the model's k best.
 *
 * <p>Phrases are handled word by word (on spaces and hyphens). Results are cached per distinct word
 * in bounded caches; instances are thread-safe.
 */
public final class Translit {

  static final String MODEL = "hi-latn-graphones.txt.gz";

  /** Log-probability margin within which the rule-based form is preferred to the model's. */
  static final double RULE_MARGIN = 1.0;

  private final NewsRomanizer rules = new NewsRomanizer();
  private final GraphoneModel model;
  private final BoundedCache<String, List<String>> latinCache = new BoundedCache<>(65_536);
  private final BoundedCache<String, List<String>> devanagariCache = new BoundedCache<>(65_536);

  /** A transliterator with the given model; {@code null} means rules only (Devanagari → Latin). */
  public Translit(GraphoneModel model) {
    this.model = model;
  }

  private static final class Shipped {
    static final Translit INSTANCE = new Translit(GraphoneModel.fromResource(MODEL));
  }

  /** The shipped transliterator (rules plus the model in the resources), loaded once. */
  public static Translit shipped() {
    return Shipped.INSTANCE;
  }

  public NewsRomanizer rules() {
    return rules;
  }

  /**
   * The main Latin form of a Devanagari word or phrase ("मल्लिकार्जुन खरगे" → "mallikarjun
   * kharge").
   */
  public String toLatin(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    forEachWord(text, (word, isWord) -> b.append(isWord ? latinCandidates(word).get(0) : word));
    return b.toString();
  }

  /**
   * Latin spellings of one Devanagari word, best first (main form, then variants such as tejasvi,
   * tejaswi, tejasvee). Latin input comes back lowercased as the only candidate.
   */
  public List<String> latinCandidates(String word) {
    return latinCache.get(word, this::computeLatin);
  }

  private List<String> computeLatin(String word) {
    if (!Devanagari.containsDevanagari(word)) {
      return List.of(word.toLowerCase(java.util.Locale.ROOT));
    }
    List<String> ruleForms = rules.variants(word);
    if (model == null) {
      return ruleForms;
    }
    Map<String, Double> scored = new LinkedHashMap<>();
    for (GraphoneModel.Candidate c : model.toLatin(word, 8)) {
      scored.put(c.text(), c.logProb());
    }
    String main = ruleForms.get(0);
    Double ruleScore = scored.get(main);
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(scored.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    Set<String> out = new LinkedHashSet<>();
    if (ranked.isEmpty()
        || (ruleScore != null && ruleScore >= ranked.get(0).getValue() - RULE_MARGIN)) {
      out.add(main);
    }
    ranked.forEach(e -> out.add(e.getKey()));
    out.addAll(ruleForms);
    return List.copyOf(out);
  }

  /** Up to {@code k} Devanagari spellings of a Latin word or phrase, best first. */
  public List<String> toDevanagari(String latin, int k) {
    List<String> words = new ArrayList<>();
    forEachWord(
        latin.trim(),
        (w, isWord) -> {
          if (isWord) {
            words.add(w);
          }
        });
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> phrases = List.of("");
    for (String w : words) {
      List<String> cands = devanagariCandidates(w);
      if (cands.isEmpty()) {
        return List.of();
      }
      List<String> next = new ArrayList<>();
      for (String p : phrases) {
        for (String c : cands) {
          next.add(p.isEmpty() ? c : p + " " + c);
          if (next.size() >= k * 4) {
            break;
          }
        }
      }
      phrases = next;
    }
    return phrases.subList(0, Math.min(k, phrases.size()));
  }

  /** Devanagari spellings of one Latin word, best first (at most 10). */
  public List<String> devanagariCandidates(String word) {
    return devanagariCache.get(word, this::computeDevanagari);
  }

  private List<String> computeDevanagari(String word) {
    if (Devanagari.containsDevanagari(word)) {
      return List.of(Devanagari.canonical(word));
    }
    if (model == null) {
      return List.of();
    }
    return model.toDevanagari(word, 10).stream().map(GraphoneModel.Candidate::text).toList();
  }

  private interface WordSink {
    void accept(String part, boolean isWord);
  }

  /** Splits on whitespace and hyphens, passing separators through. */
  private static void forEachWord(String text, WordSink sink) {
    int i = 0;
    while (i < text.length()) {
      int start = i;
      boolean word = isWordChar(text.charAt(i));
      while (i < text.length() && isWordChar(text.charAt(i)) == word) {
        i++;
      }
      sink.accept(text.substring(start, i), word);
    }
  }

  private static boolean isWordChar(char c) {
    return !(Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013' || c == '/');
  }
}

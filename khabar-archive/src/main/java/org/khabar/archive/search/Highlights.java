package org.khabar.archive.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to mark in a result: for each text field, the query terms and the query clause each stands
 * for; the entity keys and their clause; and each clause's weight (words the query requires count
 * more than optional ones). Built alongside the Lucene query by {@link QueryPlanner}.
 */
final class Highlights {

  /** How much a hit through each field says, relative to an exact hit. */
  static final Map<String, Double> FIELD_FACTOR =
      Map.of(
          org.khabar.archive.index.Fields.EXACT, 1.0,
          org.khabar.archive.index.Fields.FOLD, 0.8,
          org.khabar.archive.index.Fields.TRANSLIT, 0.6,
          org.khabar.archive.index.Fields.SKELETON, 0.4);

  private final Map<String, Map<String, Integer>> terms = new LinkedHashMap<>();
  private final Map<String, Map<List<String>, Integer>> phrases = new LinkedHashMap<>();
  private final Map<String, Integer> entities = new LinkedHashMap<>();
  private final Map<Integer, Double> weights = new HashMap<>();
  private int clauses;

  int newClause(double weight) {
    weights.put(clauses, weight);
    return clauses++;
  }

  void term(String field, String term, int clause) {
    terms.computeIfAbsent(field, f -> new HashMap<>()).putIfAbsent(term, clause);
  }

  /** Terms that count only in this order, one after another (a name of several words). */
  void phrase(String field, List<String> terms, int clause) {
    phrases.computeIfAbsent(field, f -> new HashMap<>()).putIfAbsent(List.copyOf(terms), clause);
  }

  void entity(String key, int clause) {
    entities.putIfAbsent(key, clause);
  }

  Map<String, Map<String, Integer>> terms() {
    return terms;
  }

  Map<String, Map<List<String>, Integer>> phrases() {
    return phrases;
  }

  /** The fields with terms or phrases to find. */
  java.util.Set<String> fields() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>(terms.keySet());
    out.addAll(phrases.keySet());
    return out;
  }

  Map<String, Integer> entities() {
    return entities;
  }

  double weight(int clause) {
    return weights.getOrDefault(clause, 1.0);
  }

  boolean isEmpty() {
    return terms.isEmpty() && phrases.isEmpty() && entities.isEmpty();
  }
}

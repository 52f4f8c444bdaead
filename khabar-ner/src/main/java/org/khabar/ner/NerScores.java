package org.khabar.ner;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.model.EntityType;

/**
 * Span-level precision, recall and F1 per type and overall (micro-averaged), conlleval-style: a
 * predicted span counts only when its tokens and type both match a gold span exactly.
 */
public record NerScores(Map<EntityType, Counts> byType, Counts overall, int sentences, int tokens) {

  /** True positives, false positives and false negatives of one type (or all). */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? 0.0 : (double) truePositives / p;
    }

    public double recall() {
      int g = truePositives + falseNegatives;
      return g == 0 ? 0.0 : (double) truePositives / g;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public int gold() {
      return truePositives + falseNegatives;
    }

    public int predicted() {
      return truePositives + falsePositives;
    }

    Counts plus(Counts o) {
      return new Counts(
          truePositives + o.truePositives,
          falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }
  }

  public NerScores {
    byType = Map.copyOf(byType);
  }

  /** Scores predicted tag sequences against gold ones, sentence by sentence. */
  public static NerScores score(List<List<String>> gold, List<List<String>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold sentences but " + predicted.size() + " predicted");
    }
    int[][] c = new int[EntityType.values().length][3];
    int tokens = 0;
    for (int s = 0; s < gold.size(); s++) {
      List<String> g = gold.get(s);
      List<String> p = predicted.get(s);
      if (g.size() != p.size()) {
        throw new IllegalArgumentException(
            "sentence " + s + ": " + g.size() + " gold tags but " + p.size() + " predicted");
      }
      tokens += g.size();
      List<NerSpan> gs = Bio.spans(g);
      List<NerSpan> ps = Bio.spans(p);
      for (NerSpan x : ps) {
        c[x.type().ordinal()][gs.contains(x) ? 0 : 1]++;
      }
      for (NerSpan x : gs) {
        if (!ps.contains(x)) {
          c[x.type().ordinal()][2]++;
        }
      }
    }
    Map<EntityType, Counts> by = new EnumMap<>(EntityType.class);
    Counts all = new Counts(0, 0, 0);
    for (EntityType t : EntityType.values()) {
      Counts k = new Counts(c[t.ordinal()][0], c[t.ordinal()][1], c[t.ordinal()][2]);
      by.put(t, k);
      all = all.plus(k);
    }
    return new NerScores(by, all, gold.size(), tokens);
  }

  /** A small table: one row per type and one for all, with P, R, F1 and the span counts. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%d sentences, %d tokens%n%-8s %7s %7s %7s %6s %6s%n",
            sentences,
            tokens,
            "type",
            "P",
            "R",
            "F1",
            "gold",
            "pred"));
    for (EntityType t : EntityType.values()) {
      row(sb, t.name(), byType.get(t));
    }
    row(sb, "ALL", overall);
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Counts k) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%-8s %7.4f %7.4f %7.4f %6d %6d%n",
            name,
            k.precision(),
            k.recall(),
            k.f1(),
            k.gold(),
            k.predicted()));
  }
}

package org.khabar.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.khabar.archive.index.Fields;

/**
 * Collects every match and keeps one per {@link Fields#COLLAPSE} value (a story's duplicate group,
 * or one quote's copies): the best-scoring copy, or the latest when ranking by date. Lucene's
 * grouping module would need a second dependency and two passes for the same result.
 */
final class CollapsingCollector implements Collector {

  /** The kept copy of one group and how many copies matched. */
  static final class Group {
    final long key;
    float score;
    long day;
    int doc;
    int matched;

    Group(long key, float score, long day, int doc) {
      this.key = key;
      this.score = score;
      this.day = day;
      this.doc = doc;
      this.matched = 1;
    }
  }

  private final boolean byScore;
  private final Map<Long, Group> groups = new HashMap<>();

  CollapsingCollector(boolean byScore) {
    this.byScore = byScore;
  }

  static CollectorManager<CollapsingCollector, List<Group>> manager(boolean byScore) {
    return new CollectorManager<>() {
      @Override
      public CollapsingCollector newCollector() {
        return new CollapsingCollector(byScore);
      }

      @Override
      public List<Group> reduce(Collection<CollapsingCollector> collectors) {
        Map<Long, Group> all = new HashMap<>();
        for (CollapsingCollector c : collectors) {
          for (Group g : c.groups.values()) {
            Group had = all.get(g.key);
            if (had == null) {
              all.put(g.key, g);
            } else {
              int matched = had.matched + g.matched;
              Group keep = c.better(g, had) ? g : had;
              keep.matched = matched;
              all.put(g.key, keep);
            }
          }
        }
        List<Group> out = new ArrayList<>(all.values());
        out.sort(byScore ? BY_SCORE : BY_DATE);
        return out;
      }
    };
  }

  static final Comparator<Group> BY_SCORE =
      Comparator.<Group>comparingDouble(g -> -g.score)
          .thenComparingLong(g -> -g.day)
          .thenComparingInt(g -> g.doc);
  static final Comparator<Group> BY_DATE =
      Comparator.<Group>comparingLong(g -> -g.day).thenComparingInt(g -> -g.doc);

  private boolean better(Group a, Group b) {
    return (byScore ? BY_SCORE : BY_DATE).compare(a, b) < 0;
  }

  @Override
  public ScoreMode scoreMode() {
    return byScore ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    NumericDocValues collapse = DocValues.getNumeric(context.reader(), Fields.COLLAPSE);
    NumericDocValues days = DocValues.getNumeric(context.reader(), Fields.DAY);
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable s) {
        this.scorer = s;
      }

      @Override
      public void collect(int doc) throws IOException {
        int global = base + doc;
        long key = collapse.advanceExact(doc) ? collapse.longValue() : -1L - global;
        long day = days.advanceExact(doc) ? days.longValue() : Long.MIN_VALUE / 2;
        float score = byScore ? scorer.score() : 0f;
        Group g = groups.get(key);
        if (g == null) {
          groups.put(key, new Group(key, score, day, global));
          return;
        }
        g.matched++;
        Group candidate = new Group(key, score, day, global);
        if (better(candidate, g)) {
          g.score = score;
          g.day = day;
          g.doc = global;
        }
      }
    };
  }
}

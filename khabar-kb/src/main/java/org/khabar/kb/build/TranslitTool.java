package org.khabar.kb.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.khabar.translit.Devanagari;
import org.khabar.translit.GraphoneModel;
import org.khabar.translit.GraphoneTrainer;
import org.khabar.translit.GraphoneTrainer.Pair;
import org.khabar.translit.Translit;

/**
 * Trains the shipped transliteration model and measures word accuracy on held-out pairs.
 *
 * <p>Training data: Dakshina train, Aksharantar train and nine tenths of the affidavit names
 * (weight 2: they are names spelled as officials spell them). Held out: Dakshina test, Aksharantar
 * test, the other tenth of the affidavit names, and all crowd name pairs (never trained on).
 */
public final class TranslitTool {

  private TranslitTool() {}

  /** The training pairs used for the shipped model. */
  public static List<Pair> trainingPairs(Path shared) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    pairs.addAll(TranslitData.dakshina(shared, "train"));
    pairs.addAll(TranslitData.aksharantar(shared, "train"));
    for (Pair p : TranslitData.affidavitNames(shared, false)) {
      pairs.add(new Pair(p.latin(), p.devanagari(), 2));
    }
    return pairs;
  }

  public static GraphoneModel train(Path shared, int order, PrintStream log) throws IOException {
    List<Pair> pairs = trainingPairs(shared);
    long t0 = System.nanoTime();
    GraphoneModel m = GraphoneTrainer.train(pairs, order, 5);
    log.printf(
        Locale.ROOT,
        "trained order-%d graphone model on %d pairs: %d graphones, %.1f s%n",
        order,
        pairs.size(),
        m.graphoneCount(),
        (System.nanoTime() - t0) / 1e9);
    return m;
  }

  public static void write(GraphoneModel m, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      m.write(o);
    }
  }

  /** Accuracy of one system on one set, both as exact top-1 and as any of the top k. */
  public record Score(
      String set, String direction, String system, int words, double top1, double topK, int k) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-22s %-6s %-10s n=%5d  top1=%.3f  top%d=%.3f",
          set,
          direction,
          system,
          words,
          top1,
          k,
          topK);
    }
  }

  /** Scores every held-out set in both directions. */
  public static List<Score> evaluate(Path shared, Translit translit, GraphoneModel model)
      throws IOException {
    Map<String, List<Pair>> sets = new LinkedHashMap<>();
    sets.put("dakshina-test", TranslitData.dakshina(shared, "test"));
    sets.put("aksharantar-test", TranslitData.aksharantar(shared, "test"));
    sets.put("affidavit-names-held", TranslitData.affidavitNames(shared, true));
    sets.put("crowd-names", TranslitData.crowd(shared));
    List<Score> out = new ArrayList<>();
    int k = 5;
    for (Map.Entry<String, List<Pair>> e : sets.entrySet()) {
      List<Pair> pairs = e.getValue();
      // Devanagari → Latin: every attested romanisation of a word is a right answer.
      Map<String, Set<String>> latinRefs = new LinkedHashMap<>();
      Map<String, Set<String>> devRefs = new LinkedHashMap<>();
      for (Pair p : pairs) {
        latinRefs
            .computeIfAbsent(Devanagari.canonical(p.devanagari()), x -> new LinkedHashSet<>())
            .add(p.latin().toLowerCase(Locale.ROOT));
        devRefs
            .computeIfAbsent(p.latin().toLowerCase(Locale.ROOT), x -> new LinkedHashSet<>())
            .add(Devanagari.canonical(p.devanagari()));
      }
      out.add(score(e.getKey(), "hi>en", "rules", latinRefs, w -> translit.rules().variants(w), k));
      out.add(score(e.getKey(), "hi>en", "model", latinRefs, w -> texts(model.toLatin(w, k)), k));
      out.add(score(e.getKey(), "hi>en", "combined", latinRefs, translit::latinCandidates, k));
      out.add(score(e.getKey(), "en>hi", "model", devRefs, translit::devanagariCandidates, k));
    }
    return out;
  }

  private static List<String> texts(List<GraphoneModel.Candidate> cs) {
    return cs.stream().map(GraphoneModel.Candidate::text).toList();
  }

  private static Score score(
      String set,
      String direction,
      String system,
      Map<String, Set<String>> refs,
      Function<String, List<String>> candidates,
      int k) {
    int n = 0;
    int top1 = 0;
    int topK = 0;
    for (Map.Entry<String, Set<String>> e : refs.entrySet()) {
      n++;
      List<String> c = candidates.apply(e.getKey());
      if (!c.isEmpty() && e.getValue().contains(norm(c.get(0)))) {
        top1++;
      }
      for (int i = 0; i < Math.min(k, c.size()); i++) {
        if (e.getValue().contains(norm(c.get(i)))) {
          topK++;
          break;
        }
      }
    }
    return new Score(set, direction, system, n, top1 / (double) n, topK / (double) n, k);
  }

  private static String norm(String s) {
    return Devanagari.containsDevanagari(s) ? Devanagari.canonical(s) : s.toLowerCase(Locale.ROOT);
  }
}

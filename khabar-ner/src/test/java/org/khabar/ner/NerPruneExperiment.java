package org.khabar.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;

/**
 * Drops a model's weights below each given magnitude and prints the file size and scores (not a
 * unit test): {@code java ... NerPruneExperiment ../shared/data model.bin.gz 0.01 0.02 ...}.
 */
public final class NerPruneExperiment {

  private NerPruneExperiment() {}

  public static void main(String[] args) throws IOException {
    NerCorpora corpora = new NerCorpora(Path.of(args[0]));
    NerModel model;
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      model = NerModel.read(in);
    }
    for (int a = 2; a < args.length; a++) {
      double min = Double.parseDouble(args[a]);
      NerModel pruned = prune(model, min);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pruned.write(bytes);
      NerTagger tagger = new NerTagger(pruned);
      NerScores il = NerTool.evaluate(tagger, corpora.ilnerDev().sentences());
      NerScores hi = NerTool.evaluate(tagger, corpora.hinerHeldOut());
      System.out.printf(
          "min %.4f: %d features, %.2f MB, IL-NER %.4f, HiNER %.4f%n",
          min, pruned.featureCount(), bytes.size() / 1e6, il.overall().f1(), hi.overall().f1());
    }
  }

  static final double Q = Double.parseDouble(System.getProperty("q", "0"));

  static NerModel prune(NerModel model, double min) {
    Map<String, Context> weights = new TreeMap<>(model.weights());
    QNModel qn = model.maxent();
    String[] tags = new String[qn.getNumOutcomes()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = qn.getOutcome(i);
    }
    List<String> names = new ArrayList<>();
    List<Context> kept = new ArrayList<>();
    for (Map.Entry<String, Context> e : weights.entrySet()) {
      double[] p = e.getValue().getParameters().clone();
      for (int j = 0; j < p.length; j++) {
        p[j] = Q > 0 ? Math.round(p[j] * Q) / Q : p[j];
      }
      Context c = NerTrainer.keep(e.getValue().getOutcomes(), p, x -> Math.abs(x) >= min);
      if (c != null) {
        names.add(e.getKey());
        kept.add(c);
      }
    }
    QNModel q = new QNModel(kept.toArray(Context[]::new), names.toArray(String[]::new), tags);
    return new NerModel(
        model.id(), model.builtInGazetteer().orElseThrow(), model.features(), q, model.crf());
  }
}

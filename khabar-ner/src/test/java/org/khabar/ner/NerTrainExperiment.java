package org.khabar.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.kb.KnowledgeBase;

/**
 * Trains a variant of the shipped configuration and prints its scores (not a unit test). The third
 * argument lists the gazetteers: {@code lists}, {@code kb}, and for the knowledge-base gazetteer
 * {@code nowords} (no given-name and surname words) and {@code tiers} (localities apart), and
 * {@code order1} for a first-order model (the knowledge-base rows of the README were first-order),
 * {@code order2} for a second-order one, {@code crfN} for a linear-chain CRF trained for N epochs
 * {@code cc} for the cluster-context features and {@code minN-W} for clusters of the words seen at
 * least N times (at most W words); the optional fourth sets the L-BFGS iterations, the fifth and
 * sixth the L1 and L2 costs.
 *
 * <pre>
 * java -Xmx5g -cp ... org.khabar.ner.NerTrainExperiment ../shared/data /tmp/m.bin.gz lists,kb [300 [0.05 0.5]]
 * </pre>
 */
public final class NerTrainExperiment {

  private NerTrainExperiment() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<String> spec = List.of(args[2].split(","));
    TrainingConfig config =
        TrainingConfig.maxentV1()
            .withListGazetteer(spec.contains("lists"))
            .withKbGazetteer(spec.contains("kb"))
            .withTagOrder(spec.contains("order2") ? 2 : 1)
            .withClusterPairs(spec.contains("cc"))
            .withCrfEpochs(
                spec.stream()
                    .filter(x -> x.startsWith("crf"))
                    .mapToInt(x -> Integer.parseInt(x.substring(3)))
                    .findFirst()
                    .orElse(0))
            .withModelId("ner-experiment-" + args[2].replace(',', '-'));
    for (String x : spec) {
      if (x.startsWith("min")) {
        // minN or minN-maxWords: the clustering's minimum count (and vocabulary size)
        String[] p = x.substring(3).split("-");
        config =
            config.withClustering(
                new ExchangeClustering.Config(
                    Integer.parseInt(p[0]),
                    p.length > 1 ? Integer.parseInt(p[1]) : config.clustering().maxWords(),
                    config.clustering().iterations()));
      }
    }
    if (args.length > 3) {
      config = config.withIterations(Integer.parseInt(args[3]));
    }
    if (args.length > 5) {
      config = config.withRegularization(Double.parseDouble(args[4]), Double.parseDouble(args[5]));
    }
    PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.out.println(config);
    NerCorpora corpora = new NerCorpora(data);
    List<LabeledSentence> training = corpora.training();
    WordClusters clusters = NerTrainer.learnClusters(corpora, training, config, log);
    List<Gazetteer> parts = new ArrayList<>();
    if (config.listGazetteer()) {
      parts.add(ListGazetteer.shipped());
    }
    if (config.kbGazetteer()) {
      parts.add(
          KbGazetteer.of(
              KnowledgeBase.shipped(), !spec.contains("nowords"), spec.contains("tiers")));
    }
    Gazetteer g =
        switch (parts.size()) {
          case 0 -> Gazetteer.NONE;
          case 1 -> parts.get(0);
          default -> new CompositeGazetteer(parts);
        };
    log.println("gazetteer: " + g.id());
    NerModel model = NerTrainer.train(training, Lexicon.shipped(), clusters, g, config, log);
    writeAndScore(model, out, corpora, log);
  }

  /** Writes an experiment's model and prints its scores on IL-NER dev and HiNER held-out. */
  static void writeAndScore(NerModel model, Path out, NerCorpora corpora, PrintWriter log)
      throws IOException {
    try (OutputStream os = Files.newOutputStream(out)) {
      model.write(os);
    }
    printScores(new NerTagger(model), corpora.ilnerDev().sentences(), corpora.hinerHeldOut(), log);
  }

  /** Prints a tagger's scores on IL-NER dev and HiNER held-out. */
  static void printScores(
      NerTagger tagger,
      List<LabeledSentence> ilnerDev,
      List<LabeledSentence> hinerHeldOut,
      PrintWriter log) {
    log.println("IL-NER dev:");
    log.print(NerTool.evaluate(tagger, ilnerDev).table());
    log.println("HiNER held-out:");
    log.print(NerTool.evaluate(tagger, hinerHeldOut).table());
    log.flush();
  }
}

package org.khabar.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains variants of the shipped configuration that differ in the order of the tag history or in
 * the training corpora, and prints their span scores on IL-NER dev and HiNER held-out (not a unit
 * test). Word clusters are learnt once, exactly as for the shipped model, and shared by the
 * variants. Variants, comma-separated, run one after another:
 *
 * <ul>
 *   <li>{@code order1}, {@code order2}: both corpora, with the previous tag only ({@code
 *       ner-maxent-v1}) or the previous two ({@link FeatureExtractor#secondOrderFeatures}, decoded
 *       over pairs of tags: {@code ner-maxent-v2});
 *   <li>{@code ilner}, {@code hiner}: the first-order features trained on IL-NER train alone or on
 *       the HiNER training part alone.
 * </ul>
 *
 * <pre>
 * java -Xmx5g -cp ... org.khabar.ner.NerOrderExperiment ../shared/data order2,ilner,hiner
 * </pre>
 */
public final class NerOrderExperiment {

  private NerOrderExperiment() {}

  public static void main(String[] args) throws IOException {
    NerCorpora corpora = new NerCorpora(Path.of(args[0]));
    List<String> variants = List.of(args[1].split(","));
    PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    TrainingConfig config = TrainingConfig.maxentV1();
    List<LabeledSentence> training = corpora.training();
    WordClusters clusters = NerTrainer.learnClusters(corpora, training, config, log);
    Gazetteer gazetteer = ListGazetteer.shipped();
    List<LabeledSentence> dev = corpora.ilnerDev().sentences();
    List<LabeledSentence> held = corpora.hinerHeldOut();
    for (String v : variants) {
      log.println("== variant " + v);
      long t0 = System.nanoTime();
      switch (v) {
        case "order1", "order2" -> {
          NerModel model =
              NerTrainer.train(
                  training,
                  Lexicon.shipped(),
                  clusters,
                  gazetteer,
                  config
                      .withTagOrder(v.equals("order1") ? 1 : 2)
                      .withModelId("ner-experiment-" + v),
                  log);
          NerTrainExperiment.printScores(new NerTagger(model), dev, held, log);
        }
        case "ilner", "hiner" -> {
          List<LabeledSentence> part =
              v.equals("ilner")
                  ? corpora.ilnerTrain().clean()
                  : corpora.hinerTrain().stream().filter(s -> !s.noisy()).toList();
          log.printf(
              Locale.ROOT,
              "training sentences: %d (%d tokens)%n",
              part.size(),
              part.stream().mapToInt(LabeledSentence::size).sum());
          NerModel model =
              NerTrainer.train(
                  part,
                  Lexicon.shipped(),
                  clusters,
                  gazetteer,
                  config.withTagOrder(1).withModelId("ner-experiment-" + v),
                  log);
          NerTrainExperiment.printScores(new NerTagger(model), dev, held, log);
        }
        default -> throw new IllegalArgumentException("unknown variant " + v);
      }
      log.printf(Locale.ROOT, "variant %s done in %.1f s%n", v, (System.nanoTime() - t0) / 1e9);
    }
  }
}

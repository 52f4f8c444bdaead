package org.khabar.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Self-training (not a unit test): tags the unlabeled news with the shipped model, keeps the lines
 * it tags with every token's marginal at or above a threshold and at least one entity, adds them to
 * the training sentences and trains the shipped configuration again; prints the scores.
 *
 * <pre>
 * java -Xmx8g -cp ... org.khabar.ner.NerSelfTrainExperiment ../shared/data /tmp/self.bin.gz 0.95 [max lines]
 * </pre>
 */
public final class NerSelfTrainExperiment {

  private NerSelfTrainExperiment() {}

  public static void main(String[] args) throws IOException {
    PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    NerCorpora corpora = new NerCorpora(Path.of(args[0]));
    double threshold = Double.parseDouble(args[2]);
    int max = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
    NerTagger tagger = NerTagger.shipped();
    List<LabeledSentence> added = new ArrayList<>();
    int lines = 0;
    int entities = 0;
    for (List<String> line : UnlabeledText.read(corpora.newsDir())) {
      if (line.size() < 4 || line.size() > 60) {
        continue;
      }
      lines++;
      Tagging t = tagger.tagWithProbabilities(line);
      if (t.probabilities().stream().allMatch(p -> p >= threshold)
          && t.tags().stream().anyMatch(x -> x.startsWith("B-"))
          && added.size() < max) {
        added.add(new LabeledSentence(line, t.tags()));
        entities += Bio.spans(t.tags()).size();
      }
    }
    log.printf(
        Locale.ROOT,
        "news lines tagged: %d, kept %d (%d entities) at %.2f%n",
        lines,
        added.size(),
        entities,
        threshold);
    TrainingConfig config = TrainingConfig.shipped().withModelId("ner-experiment-self");
    List<LabeledSentence> training = new ArrayList<>(corpora.training());
    WordClusters clusters = NerTrainer.learnClusters(corpora, training, config, log);
    training.addAll(added);
    NerModel model =
        NerTrainer.train(
            training, Lexicon.shipped(), clusters, ListGazetteer.shipped(), config, log);
    NerTrainExperiment.writeAndScore(model, Path.of(args[1]), corpora, log);
  }
}

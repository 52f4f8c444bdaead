package org.khabar.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains a variant of the shipped configuration and prints its scores (not a unit test): which
 * gazetteers to use, and optionally the L-BFGS iterations.
 *
 * <pre>
 * java -Xmx5g -cp ... org.khabar.ner.NerTrainExperiment ../shared/data /tmp/m.bin.gz lists,kb [300]
 * </pre>
 */
public final class NerTrainExperiment {

  private NerTrainExperiment() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<String> gazetteers = List.of(args[2].split(","));
    TrainingConfig config =
        TrainingConfig.shipped()
            .withListGazetteer(gazetteers.contains("lists"))
            .withKbGazetteer(gazetteers.contains("kb"))
            .withModelId("ner-experiment-" + args[2].replace(',', '-'));
    if (args.length > 3) {
      config = config.withIterations(Integer.parseInt(args[3]));
    }
    PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    System.out.println(config);
    NerTool.train(data, out, config, log);
    log.flush();
  }
}

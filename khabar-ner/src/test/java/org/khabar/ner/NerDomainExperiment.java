package org.khabar.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Event;

/**
 * Measures how much the two corpora's annotation conventions pull against each other (not a unit
 * test). Trains the shipped features on both corpora with a few of them also copied per corpus
 * ({@code IL:} or {@code HI:} in front: the bias, the previous tag, the current word's shape,
 * cluster and word-list class, its neighbours' word-list classes, the gazetteer label and the
 * distances to designations, organisation heads and place cues), after Daumé's feature
 * augmentation. The corpus-specific copies soak up what only one corpus does, so the shared weights
 * are what both agree on. Scored two ways: with the shared weights alone (what the pipeline could
 * use on news, where the corpus is unknown) and with each test set's own corpus copies switched on
 * (a measure of the convention gap, not something to ship).
 *
 * <pre>
 * java -Xmx5g -cp ... org.khabar.ner.NerDomainExperiment ../shared/data
 * </pre>
 */
public final class NerDomainExperiment {

  private NerDomainExperiment() {}

  private static final List<String> COPIED =
      List.of(
          "bias", "t-1=", "sh0=", "c0@0=", "lex0=", "lex-1=", "lex1=", "gz0=", "gz-1=", "gz1=",
          "DES<", "HON<", "ORGH>", "PLC>", "sc=");

  static boolean copied(String feature) {
    for (String p : COPIED) {
      if (feature.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  static String[] withDomain(String[] context, String domain) {
    List<String> f = new ArrayList<>(Arrays.asList(context));
    for (String c : context) {
      if (copied(c)) {
        f.add(domain + ":" + c);
      }
    }
    return f.toArray(String[]::new);
  }

  public static void main(String[] args) throws IOException {
    NerCorpora corpora = new NerCorpora(Path.of(args[0]));
    PrintWriter log = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    TrainingConfig config = TrainingConfig.maxentV1().withModelId("ner-experiment-domain");
    List<LabeledSentence> il = corpora.ilnerTrain().clean();
    List<LabeledSentence> hi = corpora.hinerTrain().stream().filter(s -> !s.noisy()).toList();
    List<LabeledSentence> training = new ArrayList<>(il);
    training.addAll(hi);
    WordClusters clusters = NerTrainer.learnClusters(corpora, training, config, log);
    Gazetteer gazetteer = ListGazetteer.shipped();
    FeatureExtractor fx = new FeatureExtractor(Lexicon.shipped(), clusters);
    long t0 = System.nanoTime();
    Map<String, String> interned = new HashMap<>();
    List<Event> events = new ArrayList<>();
    for (int si = 0; si < training.size(); si++) {
      LabeledSentence s = training.get(si);
      String domain = si < il.size() ? "IL" : "HI";
      String[] words = s.tokens().toArray(String[]::new);
      String[] keys = Arrays.stream(words).map(Words::key).toArray(String[]::new);
      String[] gaz = gazetteer.labels(s.tokens()).toArray(String[]::new);
      String[] lex = fx.lexiconClasses(keys);
      for (int i = 0; i < words.length; i++) {
        String prev = i == 0 ? FeatureExtractor.START_TAG : s.tags().get(i - 1);
        String[] context = withDomain(fx.context(words, keys, lex, gaz, i, prev), domain);
        for (int j = 0; j < context.length; j++) {
          context[j] = interned.computeIfAbsent(context[j], k -> k);
        }
        events.add(new Event(s.tags().get(i), context));
      }
    }
    log.printf(Locale.ROOT, "events: %d, %.1f s%n", events.size(), (System.nanoTime() - t0) / 1e9);
    QNModel pruned = NerTrainer.fitMaxent(events, config);
    NerModel model = new NerModel(config.modelId(), gazetteer, fx, pruned);
    log.printf(
        Locale.ROOT,
        "model: %d features with weights, %.1f s%n",
        model.featureCount(),
        (System.nanoTime() - t0) / 1e9);
    long domainFeatures =
        model.weights().keySet().stream()
            .filter(k -> k.startsWith("IL:") || k.startsWith("HI:"))
            .count();
    log.println("corpus-specific features with weights: " + domainFeatures);
    List<LabeledSentence> dev = corpora.ilnerDev().sentences();
    List<LabeledSentence> held = corpora.hinerHeldOut();
    NerTagger shared = new NerTagger(model);
    log.println("shared weights only, IL-NER dev:");
    log.print(NerTool.evaluate(shared, dev).table());
    log.println("shared weights only, HiNER held-out:");
    log.print(NerTool.evaluate(shared, held).table());
    log.println("with IL copies, IL-NER dev:");
    log.print(evaluate(model, gazetteer, dev, "IL").table());
    log.println("with HI copies, HiNER held-out:");
    log.print(evaluate(model, gazetteer, held, "HI").table());
    log.println("with HI copies, IL-NER dev:");
    log.print(evaluate(model, gazetteer, dev, "HI").table());
    log.println("with IL copies, HiNER held-out:");
    log.print(evaluate(model, gazetteer, held, "IL").table());
    log.flush();
  }

  static NerScores evaluate(
      NerModel model, Gazetteer gazetteer, List<LabeledSentence> sentences, String domain) {
    QNModel m = model.maxent();
    String[] labels = new String[m.getNumOutcomes()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = m.getOutcome(i);
    }
    SequenceDecoder decoder = new SequenceDecoder(labels);
    FeatureExtractor fx = model.features();
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    for (LabeledSentence s : sentences) {
      String[] words = s.tokens().toArray(String[]::new);
      String[] keys = Arrays.stream(words).map(Words::key).toArray(String[]::new);
      String[] gaz = gazetteer.labels(s.tokens()).toArray(String[]::new);
      String[] lex = fx.lexiconClasses(keys);
      LocalScores scores =
          (position, prev2, prev, out) -> {
            String prevTag = prev == labels.length ? FeatureExtractor.START_TAG : labels[prev];
            double[] p =
                m.eval(withDomain(fx.context(words, keys, lex, gaz, position, prevTag), domain));
            System.arraycopy(p, 0, out, 0, out.length);
          };
      gold.add(s.tags());
      predicted.add(decoder.decode(words.length, scores).tags());
    }
    return NerScores.score(gold, predicted);
  }
}

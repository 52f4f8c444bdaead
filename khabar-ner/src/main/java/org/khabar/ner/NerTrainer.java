package org.khabar.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.khabar.kb.KnowledgeBase;

/**
 * Trains the tagger: learns word clusters from unlabeled news, then either fits a linear-chain CRF
 * with Tribuo ({@link CrfLearner}) or turns every token of the training sentences into an OpenNLP
 * event (gold tag, features given the gold previous tag), fits a maximum-entropy model with
 * OpenNLP's L-BFGS trainer (L1 + L2), and drops the features whose weights are all zero.
 */
public final class NerTrainer {

  private NerTrainer() {}

  /**
   * Trains the model that ships with this module from the corpora under {@code corpora}: clusters
   * from the news and the training sentences, then the tagger on the training sentences.
   */
  public static NerModel trainShipped(NerCorpora corpora, TrainingConfig config, PrintWriter log)
      throws IOException {
    List<LabeledSentence> training = corpora.training();
    log.printf(
        Locale.ROOT,
        "training sentences: %d (%d tokens)%n",
        training.size(),
        training.stream().mapToInt(LabeledSentence::size).sum());
    WordClusters clusters = learnClusters(corpora, training, config, log);
    Gazetteer gazetteer = gazetteer(config);
    return train(training, Lexicon.shipped(), clusters, gazetteer, config, log);
  }

  /**
   * The gazetteer a configuration asks for: the shipped word lists, the knowledge base's names
   * ({@link KnowledgeBase#shipped()}, names only: no given-name and surname words), both combined,
   * or none.
   */
  static Gazetteer gazetteer(TrainingConfig config) {
    List<Gazetteer> parts = new ArrayList<>(2);
    if (config.listGazetteer()) {
      parts.add(ListGazetteer.shipped());
    }
    if (config.kbGazetteer()) {
      parts.add(KbGazetteer.of(KnowledgeBase.shipped(), false, false));
    }
    return switch (parts.size()) {
      case 0 -> Gazetteer.NONE;
      case 1 -> parts.get(0);
      default -> new CompositeGazetteer(parts);
    };
  }

  /** Word clusters from the news under the data directory plus the training sentences' tokens. */
  public static WordClusters learnClusters(
      NerCorpora corpora, List<LabeledSentence> training, TrainingConfig config, PrintWriter log)
      throws IOException {
    if (config.clusterSizes().isEmpty()) {
      return WordClusters.empty();
    }
    long t0 = System.nanoTime();
    List<List<String>> text = new ArrayList<>(UnlabeledText.read(corpora.newsDir()));
    int news = text.size();
    for (LabeledSentence s : training) {
      text.add(s.tokens().stream().map(Words::key).toList());
    }
    long tokens = text.stream().mapToLong(List::size).sum();
    WordClusters clusters =
        ExchangeClustering.clusterBothSides(
            text, config.clusterSizeArray(), config.rightClusterSizeArray(), config.clustering());
    log.printf(
        Locale.ROOT,
        "clusters: %s from %d news lines + %d sentences, %d tokens, %.1f s%n",
        clusters,
        news,
        training.size(),
        tokens,
        (System.nanoTime() - t0) / 1e9);
    return clusters;
  }

  /** Trains a model on labelled sentences with the given resources. */
  public static NerModel train(
      List<LabeledSentence> sentences,
      Lexicon lexicon,
      WordClusters clusters,
      Gazetteer gazetteer,
      TrainingConfig config,
      PrintWriter log)
      throws IOException {
    long t0 = System.nanoTime();
    FeatureExtractor fx =
        new FeatureExtractor(lexicon, clusters, config.tagOrder(), config.clusterPairs());
    if (config.crf()) {
      QNModel weights =
          CrfLearner.train(sentences, fx, gazetteer, config.crfEpochs(), config.cutoff(), log)
              .weights();
      NerModel model =
          NerModel.isStorable(gazetteer)
              ? new NerModel(config.modelId(), gazetteer, fx, weights, true)
              : new NerModel(config.modelId(), gazetteer.id(), fx, weights, true);
      log.printf(
          Locale.ROOT,
          "model %s (CRF, %d epochs): %d features with weights, %.1f s%n",
          config.modelId(),
          config.crfEpochs(),
          model.featureCount(),
          (System.nanoTime() - t0) / 1e9);
      return model;
    }
    List<Event> events = events(sentences, fx, gazetteer);
    log.printf(Locale.ROOT, "events: %d, %.1f s%n", events.size(), (System.nanoTime() - t0) / 1e9);
    QNModel pruned = fitMaxent(events, config);
    NerModel model =
        NerModel.isStorable(gazetteer)
            ? new NerModel(config.modelId(), gazetteer, fx, pruned)
            : new NerModel(config.modelId(), gazetteer.id(), fx, pruned);
    log.printf(
        Locale.ROOT,
        "model %s: %d features with weights, %.1f s%n",
        config.modelId(),
        model.featureCount(),
        (System.nanoTime() - t0) / 1e9);
    return model;
  }

  /**
   * Fits a maximum-entropy model to the events with OpenNLP's L-BFGS trainer and the
   * configuration's iterations, cutoff, L1/L2 costs and threads, without the features whose weights
   * are all zero.
   */
  static QNModel fitMaxent(List<Event> events, TrainingConfig config) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
    params.put(QNTrainer.L1COST_PARAM, config.l1());
    params.put(QNTrainer.L2COST_PARAM, config.l2());
    params.put(QNTrainer.THREADS_PARAM, config.threads());
    MaxentModel trained =
        TrainerFactory.getEventTrainer(params, new HashMap<>())
            .train(ObjectStreamUtils.createObjectStream(events));
    return prune((QNModel) trained);
  }

  /** One event per token: its gold tag and its features given the gold previous tag(s). */
  static List<Event> events(
      List<LabeledSentence> sentences, FeatureExtractor fx, Gazetteer gazetteer) {
    Map<String, String> interned = new HashMap<>();
    List<Event> events = new ArrayList<>();
    for (LabeledSentence s : sentences) {
      String[] words = s.tokens().toArray(String[]::new);
      String[] keys = Words.keys(words);
      String[] gaz = gazetteer.labels(s.tokens()).toArray(String[]::new);
      String[] lex = fx.lexiconClasses(keys);
      for (int i = 0; i < words.length; i++) {
        String prev = i == 0 ? FeatureExtractor.START_TAG : s.tags().get(i - 1);
        String prev2 = i <= 1 ? FeatureExtractor.START_TAG : s.tags().get(i - 2);
        String[] context = fx.context(words, keys, lex, gaz, i, prev2, prev);
        for (int j = 0; j < context.length; j++) {
          context[j] = interned.computeIfAbsent(context[j], k -> k);
        }
        events.add(new Event(s.tags().get(i), context));
      }
    }
    return events;
  }

  /** The same model without the features whose weights are all zero (L1 zeroes most of them). */
  static QNModel prune(QNModel model) {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> names = new ArrayList<>();
    List<Context> kept = new ArrayList<>();
    pmap.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Context c =
                  keep(e.getValue().getOutcomes(), e.getValue().getParameters(), p -> p != 0);
              if (c != null) {
                names.add(e.getKey());
                kept.add(c);
              }
            });
    return new QNModel(kept.toArray(Context[]::new), names.toArray(String[]::new), outcomes);
  }

  /**
   * The weights of one feature that {@code keep} accepts, as a context over their outcomes; {@code
   * null} when none is kept.
   */
  static Context keep(int[] outcomes, double[] params, DoublePredicate keep) {
    int n = 0;
    for (double p : params) {
      if (keep.test(p)) {
        n++;
      }
    }
    if (n == 0) {
      return null;
    }
    int[] o = new int[n];
    double[] w = new double[n];
    int k = 0;
    for (int j = 0; j < params.length; j++) {
      if (keep.test(params[j])) {
        o[k] = outcomes[j];
        w[k++] = params[j];
      }
    }
    return new Context(o, w);
  }
}

package org.khabar.ner;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.CRFParameters;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MutableSequenceDataset;
import org.tribuo.sequence.SequenceExample;

/**
 * Trains a linear-chain CRF with Tribuo ({@code CRFTrainer}: AdaGrad with parameter averaging, one
 * sentence per step, a fixed seed) on the tagger's observation features (everything but the
 * previous-tag features, whose place the CRF's tag-to-tag weights take), and hands the learnt
 * weights over in OpenNLP's model structure so the tagger's scorer, decoder and model file serve
 * both learners: one weight per feature and tag, the transitions as {@code t-1=PREV} features and
 * the biases added to the {@code bias} feature. Weights are rounded to multiples of 1/{@link
 * #QUANTUM} and those smaller than {@link #MIN_WEIGHT} dropped, which keeps the model file under 4
 * MB (a third of the unrounded size) and changes its scores by less than 0.001; Tribuo's own
 * predictions serve only to check the hand-over in tests.
 */
final class CrfLearner {

  /** Weights below this magnitude are dropped from the exported model. */
  static final double MIN_WEIGHT = 0.01;

  /** Weights are rounded to multiples of one over this. */
  static final double QUANTUM = 256;

  private static final String TRANSITION = "t-1=";

  private CrfLearner() {}

  /** The trained CRF, as Tribuo holds it, and its weights exported for the tagger. */
  record Trained(CRFModel tribuo, QNModel weights) {}

  static Trained train(
      List<LabeledSentence> sentences,
      FeatureExtractor fx,
      Gazetteer gazetteer,
      int epochs,
      int cutoff,
      PrintWriter log) {
    Map<String, String> interned = new HashMap<>();
    List<String[][]> features = new ArrayList<>(sentences.size());
    Map<String, Integer> counts = new HashMap<>();
    for (LabeledSentence s : sentences) {
      String[][] f = observations(fx, gazetteer, s.tokens(), interned);
      for (String[] token : f) {
        for (String x : token) {
          counts.merge(x, 1, Integer::sum);
        }
      }
      features.add(f);
    }
    LabelFactory factory = new LabelFactory();
    MutableSequenceDataset<Label> data =
        new MutableSequenceDataset<>(
            new SimpleDataSourceProvenance("khabar-ner", factory), factory);
    for (int k = 0; k < sentences.size(); k++) {
      LabeledSentence s = sentences.get(k);
      String[][] f = features.get(k);
      List<Example<Label>> tokens = new ArrayList<>(f.length);
      for (int i = 0; i < f.length; i++) {
        List<String> kept = new ArrayList<>(f[i].length);
        for (String x : f[i]) {
          if (counts.get(x) >= cutoff) {
            kept.add(x);
          }
        }
        tokens.add(example(new Label(s.tags().get(i)), kept));
      }
      data.add(new SequenceExample<>(tokens));
    }
    features.clear();
    log.printf(
        Locale.ROOT, "CRF: %d sentences, %d features%n", data.size(), data.getFeatureMap().size());
    Logger tribuo = Logger.getLogger("org.tribuo");
    Level level = tribuo.getLevel();
    tribuo.setLevel(Level.WARNING);
    CRFModel model;
    try {
      CRFTrainer trainer =
          new CRFTrainer(new ParameterAveraging(new AdaGrad(0.1, 0.1)), epochs, 1, 1L);
      model = trainer.train(data, Map.of());
    } finally {
      tribuo.setLevel(level);
    }
    return new Trained(model, export(model));
  }

  /** The observation features of each token of a sentence. */
  static String[][] observations(
      FeatureExtractor fx, Gazetteer gazetteer, List<String> tokens, Map<String, String> interned) {
    String[] words = tokens.toArray(String[]::new);
    String[] keys = Words.keys(words);
    String[] gaz = gazetteer.labels(tokens).toArray(String[]::new);
    String[] lex = fx.lexiconClasses(keys);
    String[][] out = new String[words.length][];
    List<String> f = new ArrayList<>(64);
    for (int i = 0; i < words.length; i++) {
      f.clear();
      fx.observationFeatures(words, keys, lex, gaz, i, f::add);
      String[] a = new String[f.size()];
      for (int j = 0; j < a.length; j++) {
        a[j] = interned.computeIfAbsent(f.get(j), x -> x);
      }
      out[i] = a;
    }
    return out;
  }

  /** One token: its label and its features (each with value 1, duplicates merged). */
  static Example<Label> example(Label label, List<String> names) {
    String[] sorted = new TreeSet<>(names).toArray(String[]::new);
    double[] ones = new double[sorted.length];
    Arrays.fill(ones, 1.0);
    return new ArrayExample<>(label, sorted, ones);
  }

  /** The CRF's weights as feature -> (tag, weight) contexts, small weights dropped. */
  static QNModel export(CRFModel model) {
    Tensor[] t = parameters(model).get();
    DenseVector biases = (DenseVector) t[0];
    DenseMatrix featureLabel = (DenseMatrix) t[1];
    DenseMatrix labelLabel = (DenseMatrix) t[2];
    ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
    int n = outputs.size();
    String[] tags = new String[n];
    for (int id = 0; id < n; id++) {
      tags[id] = outputs.getOutput(id).getLabel();
    }
    ImmutableFeatureMap fmap = model.getFeatureIDMap();
    Map<String, double[]> rows = new TreeMap<>();
    for (VariableInfo v : fmap) {
      VariableIDInfo info = (VariableIDInfo) v;
      double[] w = new double[n];
      for (int c = 0; c < n; c++) {
        w[c] = featureLabel.get(c, info.getID());
      }
      rows.put(info.getName(), w);
    }
    double[] bias = rows.computeIfAbsent("bias", k -> new double[n]);
    for (int c = 0; c < n; c++) {
      bias[c] += biases.get(c);
    }
    for (int p = 0; p < n; p++) {
      double[] w = new double[n];
      for (int c = 0; c < n; c++) {
        w[c] = labelLabel.get(p, c);
      }
      rows.put(TRANSITION + tags[p], w);
    }
    int[] all = new int[n];
    for (int c = 0; c < n; c++) {
      all[c] = c;
    }
    List<String> names = new ArrayList<>();
    List<Context> contexts = new ArrayList<>();
    for (Map.Entry<String, double[]> e : rows.entrySet()) {
      double[] w = e.getValue();
      for (int c = 0; c < n; c++) {
        w[c] = Math.round(w[c] * QUANTUM) / QUANTUM;
      }
      Context kept = NerTrainer.keep(all, w, x -> Math.abs(x) >= MIN_WEIGHT);
      if (kept != null) {
        names.add(e.getKey());
        contexts.add(kept);
      }
    }
    return new QNModel(contexts.toArray(Context[]::new), names.toArray(String[]::new), tags);
  }

  /**
   * Tribuo keeps a CRF's parameters private to the model (it offers only per-feature weights), so
   * they are read by reflection: the biases, the feature-by-tag and the tag-by-tag weights.
   */
  private static CRFParameters parameters(CRFModel model) {
    try {
      Field f = CRFModel.class.getDeclaredField("parameters");
      f.setAccessible(true);
      return (CRFParameters) f.get(model);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the CRF's parameters from Tribuo's model", e);
    }
  }
}

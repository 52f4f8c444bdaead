package org.khabar.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.maxent.io.BinaryQNModelReader;
import opennlp.tools.ml.maxent.io.BinaryQNModelWriter;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A trained tagger: the OpenNLP maximum-entropy model over this module's features, together with
 * everything the features depend on (the word lists, the word clusters and the gazetteer id), so a
 * model file is self-contained.
 *
 * <p>File format (gzip): a header ({@code "khabar-ner"}, format version, model id, gazetteer id),
 * the six word lists, the cluster table, the stored gazetteer (a kind byte, then its tables: word
 * lists, knowledge-base tables, or a combination), then OpenNLP's own binary QN model. Format 1 (a
 * boolean, then word lists or nothing) is still read and written for first-order models with word
 * lists or no gazetteer. Format 3 is format 2 with the tag order (an int, after the gazetteer id):
 * second-order models are written in it. Format 4 is format 3 with the learner (a byte: 0 for the
 * maximum-entropy Markov model, 1 for a linear-chain CRF, whose weights are unnormalised log
 * potentials and whose {@code t-1=} features are its transition weights) and whether the features
 * include {@link FeatureExtractor#clusterContextFeatures} (a boolean), after the tag order.
 */
public final class NerModel {

  private static final String MAGIC = "khabar-ner";
  private static final int FORMAT = 2;
  private static final int FORMAT_WITH_ORDER = 3;
  private static final int FORMAT_WITH_LEARNER = 4;

  private final String id;
  private final String gazetteerId;
  private final FeatureExtractor features;
  private final QNModel maxent;
  private final Gazetteer stored;
  private final boolean crf;

  /** A model trained with an external gazetteer (or {@link Gazetteer#NONE}). */
  public NerModel(String id, String gazetteerId, FeatureExtractor features, QNModel maxent) {
    this(id, gazetteerId, features, maxent, null, false);
  }

  /**
   * A model that carries the gazetteer it was trained with along: word lists, knowledge-base tables
   * or a combination of them ({@link #isStorable}).
   */
  public NerModel(String id, Gazetteer stored, FeatureExtractor features, QNModel maxent) {
    this(id, stored, features, maxent, false);
  }

  /**
   * As {@link #NerModel(String, String, FeatureExtractor, QNModel)}; with {@code crf} the weights
   * are a linear-chain CRF's.
   */
  public NerModel(
      String id, String gazetteerId, FeatureExtractor features, QNModel weights, boolean crf) {
    this(id, gazetteerId, features, weights, null, crf);
  }

  /**
   * As {@link #NerModel(String, Gazetteer, FeatureExtractor, QNModel)}; with {@code crf} the
   * weights are a linear-chain CRF's (held in OpenNLP's model structure: one weight per feature and
   * tag, the transitions as {@code t-1=} features), decoded globally.
   */
  public NerModel(
      String id, Gazetteer stored, FeatureExtractor features, QNModel weights, boolean crf) {
    this(id, stored.id(), features, weights, Objects.requireNonNull(stored, "stored"), crf);
    if (!isStorable(stored)) {
      throw new IllegalArgumentException("gazetteer " + stored.id() + " cannot be stored");
    }
  }

  private NerModel(
      String id,
      String gazetteerId,
      FeatureExtractor features,
      QNModel maxent,
      Gazetteer stored,
      boolean crf) {
    if (crf && features.tagOrder() != 1) {
      throw new IllegalArgumentException("a linear-chain CRF is first-order");
    }
    this.crf = crf;
    this.stored = stored;
    this.id = Objects.requireNonNull(id, "id");
    this.gazetteerId = Objects.requireNonNull(gazetteerId, "gazetteerId");
    this.features = Objects.requireNonNull(features, "features");
    this.maxent = Objects.requireNonNull(maxent, "maxent");
    Set<String> outcomes = new HashSet<>();
    for (int i = 0; i < maxent.getNumOutcomes(); i++) {
      outcomes.add(maxent.getOutcome(i));
    }
    if (!outcomes.stream().allMatch(Bio.TAGS::contains)) {
      throw new IllegalArgumentException("model outcomes " + outcomes + " are not BIO tags");
    }
  }

  /** The model id recorded in provenance, e.g. {@code ner-crf-v2}. */
  public String id() {
    return id;
  }

  /**
   * Whether the weights are a linear-chain CRF's (normalised over whole sentences) rather than a
   * maximum-entropy Markov model's (normalised at each token).
   */
  public boolean crf() {
    return crf;
  }

  public String gazetteerId() {
    return gazetteerId;
  }

  /**
   * The gazetteer stored in the model, if it was trained with one it carries; {@link
   * Gazetteer#NONE} when it was trained without; empty when it was trained with an external one.
   */
  public Optional<Gazetteer> builtInGazetteer() {
    if (stored != null) {
      return Optional.of(stored);
    }
    return Gazetteer.NONE.id().equals(gazetteerId) ? Optional.of(Gazetteer.NONE) : Optional.empty();
  }

  public FeatureExtractor features() {
    return features;
  }

  /** The underlying OpenNLP model (the reference for the fast scorer). */
  public QNModel maxent() {
    return maxent;
  }

  /** The weights of each feature, as OpenNLP holds them. */
  @SuppressWarnings("unchecked")
  Map<String, Context> weights() {
    return (Map<String, Context>) maxent.getDataStructures()[1];
  }

  /** The number of features with a weight. */
  public int featureCount() {
    return weights().size();
  }

  public void write(OutputStream out) throws IOException {
    DataOutputStream data =
        new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16)));
    // Models with word lists or no stored gazetteer keep format 1, so they rebuild byte for byte.
    int order = features.tagOrder();
    boolean formatFour = crf || features.clusterPairs();
    boolean formatOne =
        !formatFour && order == 1 && (stored == null || stored instanceof ListGazetteer);
    data.writeUTF(MAGIC);
    data.writeInt(
        formatFour ? FORMAT_WITH_LEARNER : formatOne ? 1 : order == 1 ? FORMAT : FORMAT_WITH_ORDER);
    data.writeUTF(id);
    data.writeUTF(gazetteerId);
    if (formatFour) {
      data.writeInt(order);
      data.writeByte(crf ? 1 : 0);
      data.writeBoolean(features.clusterPairs());
    } else if (order != 1) {
      data.writeInt(order);
    }
    Lexicon lex = features.lexicon();
    for (Set<String> list :
        List.of(
            lex.postpositions(),
            lex.honorifics(),
            lex.designations(),
            lex.orgHeads(),
            lex.placeCues(),
            lex.speechCues())) {
      List<String> sorted = list.stream().sorted().toList();
      data.writeInt(sorted.size());
      for (String w : sorted) {
        data.writeUTF(w);
      }
    }
    features.clusters().write(data);
    if (formatOne) {
      data.writeBoolean(stored != null);
      if (stored instanceof ListGazetteer lists) {
        lists.write(data);
      }
    } else {
      writeGazetteer(data, stored);
    }
    new BinaryQNModelWriter(maxent, data).persist(); // closes the stream
  }

  public static NerModel read(InputStream in) throws IOException {
    DataInputStream data =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16)));
    if (!MAGIC.equals(data.readUTF())) {
      throw new IOException("not a khabar NER model");
    }
    int format = data.readInt();
    if (format < 1 || format > FORMAT_WITH_LEARNER) {
      throw new IOException(
          "unsupported NER model format "
              + format
              + " (expected 1 to "
              + FORMAT_WITH_LEARNER
              + ")");
    }
    String id = data.readUTF();
    String gazetteerId = data.readUTF();
    int order = format >= FORMAT_WITH_ORDER ? data.readInt() : 1;
    if (order != 1 && order != 2) {
      throw new IOException("unsupported tag order " + order);
    }
    int learner = format == FORMAT_WITH_LEARNER ? data.readByte() : 0;
    if (learner != 0 && learner != 1) {
      throw new IOException("unknown learner " + learner + " in the model");
    }
    boolean clusterPairs = format == FORMAT_WITH_LEARNER && data.readBoolean();
    List<Set<String>> wordLists = new ArrayList<>();
    for (int l = 0; l < 6; l++) {
      int n = data.readInt();
      Set<String> words = new HashSet<>();
      for (int i = 0; i < n; i++) {
        words.add(data.readUTF());
      }
      wordLists.add(words);
    }
    Lexicon lexicon =
        new Lexicon(
            wordLists.get(0),
            wordLists.get(1),
            wordLists.get(2),
            wordLists.get(3),
            wordLists.get(4),
            wordLists.get(5));
    WordClusters clusters = WordClusters.read(data);
    Gazetteer stored =
        format == 1 ? (data.readBoolean() ? ListGazetteer.read(data) : null) : readGazetteer(data);
    AbstractModel model = new BinaryQNModelReader(data).getModel();
    if (!(model instanceof QNModel qn)) {
      throw new IOException("expected a maxent (QN) model, found " + model.getModelType());
    }
    FeatureExtractor features = new FeatureExtractor(lexicon, clusters, order, clusterPairs);
    return new NerModel(id, gazetteerId, features, qn, stored, learner == 1);
  }

  /** Whether a gazetteer can be written into a model file. */
  public static boolean isStorable(Gazetteer g) {
    return switch (g) {
      case ListGazetteer l -> true;
      case KbGazetteer k -> true;
      case CompositeGazetteer c -> c.parts().stream().allMatch(NerModel::isStorable);
      default -> false;
    };
  }

  private static final int NO_GAZETTEER = 0;
  private static final int LIST_GAZETTEER = 1;
  private static final int KB_GAZETTEER = 2;
  private static final int COMPOSITE_GAZETTEER = 3;

  private static void writeGazetteer(DataOutputStream data, Gazetteer g) throws IOException {
    switch (g) {
      case null -> data.writeByte(NO_GAZETTEER);
      case ListGazetteer l -> {
        data.writeByte(LIST_GAZETTEER);
        l.write(data);
      }
      case KbGazetteer k -> {
        data.writeByte(KB_GAZETTEER);
        k.write(data);
      }
      case CompositeGazetteer c -> {
        data.writeByte(COMPOSITE_GAZETTEER);
        data.writeInt(c.parts().size());
        for (Gazetteer p : c.parts()) {
          writeGazetteer(data, p);
        }
      }
      default -> throw new IllegalStateException("gazetteer " + g.id() + " cannot be stored");
    }
  }

  private static Gazetteer readGazetteer(DataInputStream data) throws IOException {
    int kind = data.readByte();
    switch (kind) {
      case NO_GAZETTEER:
        return null;
      case LIST_GAZETTEER:
        return ListGazetteer.read(data);
      case KB_GAZETTEER:
        return KbGazetteer.read(data);
      case COMPOSITE_GAZETTEER:
        int n = data.readInt();
        List<Gazetteer> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          Gazetteer p = readGazetteer(data);
          if (p == null) {
            throw new IOException("empty part in a combined gazetteer");
          }
          parts.add(p);
        }
        return new CompositeGazetteer(parts);
      default:
        throw new IOException("unknown gazetteer kind " + kind + " in the model");
    }
  }
}

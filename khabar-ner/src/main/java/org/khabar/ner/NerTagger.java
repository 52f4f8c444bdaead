package org.khabar.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Tags the tokens of a sentence with BIO tags for PERSON, ORG and PLACE ({@code B-PERSON}, {@code
 * I-PERSON}, {@code B-ORG}, {@code I-ORG}, {@code B-PLACE}, {@code I-PLACE}, {@code O}).
 *
 * <pre>{@code
 * NerTagger tagger = NerTagger.shipped();
 * List<String> bio = tagger.tag(List.of("मुख्यमंत्री", "योगी", "आदित्यनाथ", "ने", "कहा"));
 * }</pre>
 *
 * Immutable and thread-safe; the shipped model is loaded once per process, on first use.
 */
public final class NerTagger {

  /** The resource holding the shipped model. */
  public static final String SHIPPED_RESOURCE = "ner-crf-v2.bin.gz";

  private final NerModel model;
  private final Gazetteer gazetteer;
  private final FastScorer scorer;
  private final LibraryScorer library;
  private final SequenceDecoder decoder;

  /** A tagger with the gazetteer stored in the model (or none). */
  public NerTagger(NerModel model) {
    this(
        model,
        model
            .builtInGazetteer()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "model "
                            + model.id()
                            + " needs the external gazetteer '"
                            + model.gazetteerId()
                            + "'")));
  }

  /**
   * A tagger that consults {@code gazetteer}; it must be the one the model was trained with (same
   * {@link Gazetteer#id()}).
   */
  public NerTagger(NerModel model, Gazetteer gazetteer) {
    this.model = Objects.requireNonNull(model, "model");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    if (!gazetteer.id().equals(model.gazetteerId())) {
      throw new IllegalArgumentException(
          "model "
              + model.id()
              + " was trained with gazetteer '"
              + model.gazetteerId()
              + "', not '"
              + gazetteer.id()
              + "'");
    }
    this.scorer = new FastScorer(model);
    this.library = new LibraryScorer(model);
    String[] labels = new String[model.maxent().getNumOutcomes()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = model.maxent().getOutcome(i);
    }
    this.decoder = new SequenceDecoder(labels, model.features().tagOrder(), model.crf());
  }

  private static final class Holder {
    static final NerTagger SHIPPED = loadShipped();

    private static NerTagger loadShipped() {
      try (InputStream in = NerTagger.class.getResourceAsStream(SHIPPED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource org/khabar/ner/" + SHIPPED_RESOURCE);
        }
        return new NerTagger(NerModel.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the shipped NER model", e);
      }
    }
  }

  /** The model shipped with this module (loaded once per process). */
  public static NerTagger shipped() {
    return Holder.SHIPPED;
  }

  /** Loads a model file written by {@code ner train}. */
  public static NerTagger load(Path modelFile) throws IOException {
    try (InputStream in = Files.newInputStream(modelFile)) {
      return new NerTagger(NerModel.read(in));
    }
  }

  public NerModel model() {
    return model;
  }

  /** The model id to record in provenance, e.g. {@code ner-crf-v2}. */
  public String modelId() {
    return model.id();
  }

  /** One BIO tag per token; {@code tokens} are the canonical forms of one sentence's tokens. */
  public List<String> tag(List<String> tokens) {
    return tagWithProbabilities(tokens).tags();
  }

  /** Tags with each token's probability. */
  public Tagging tagWithProbabilities(List<String> tokens) {
    List<String> gaz = gazetteerLabels(tokens);
    return decoder.decode(tokens.size(), scorer.prepare(tokens, gaz));
  }

  /**
   * The same tagging computed through OpenNLP's own model evaluation (slow): the reference that the
   * fast scorer is tested against.
   */
  Tagging tagWithLibrary(List<String> tokens) {
    List<String> gaz = gazetteerLabels(tokens);
    return decoder.decode(tokens.size(), library.prepare(tokens, gaz));
  }

  /**
   * The local label probabilities at a position after a previous label (both scorers), for tests.
   */
  double[][] localProbabilities(List<String> tokens, int position, int prev) {
    return localProbabilities(tokens, position, decoder.labelCount(), prev);
  }

  /** As {@link #localProbabilities(List, int, int)}, after two previous labels. */
  double[][] localProbabilities(List<String> tokens, int position, int prev2, int prev) {
    List<String> gaz = gazetteerLabels(tokens);
    int n = decoder.labelCount();
    double[] fast = new double[n];
    double[] lib = new double[n];
    scorer.prepare(tokens, gaz).probabilities(position, prev2, prev, fast);
    library.prepare(tokens, gaz).probabilities(position, prev2, prev, lib);
    return new double[][] {fast, lib};
  }

  int labelCount() {
    return decoder.labelCount();
  }

  private List<String> gazetteerLabels(List<String> tokens) {
    List<String> gaz = gazetteer.labels(tokens);
    if (gaz.size() != tokens.size()) {
      throw new IllegalStateException(
          "gazetteer " + gazetteer.id() + " gave " + gaz.size() + " labels for " + tokens.size());
    }
    return gaz;
  }
}

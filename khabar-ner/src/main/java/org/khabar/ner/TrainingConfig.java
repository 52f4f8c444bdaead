package org.khabar.ner;

import java.util.List;
import java.util.function.Consumer;

/**
 * How a model is trained.
 *
 * @param modelId the id recorded in the model and in provenance
 * @param clusterSizes class counts of the word clusterings by left context (empty for none)
 * @param rightClusterSizes class counts of the word clusterings by right context (empty for none)
 * @param clustering vocabulary and iterations of the clustering
 * @param iterations maximum L-BFGS iterations of the maximum-entropy learner
 * @param l1 L1 cost of the maximum-entropy learner (sparsifies the model)
 * @param l2 L2 cost of the maximum-entropy learner
 * @param cutoff features seen fewer times than this are dropped before training
 * @param threads learner threads (1 keeps training bit-for-bit reproducible)
 * @param listGazetteer whether to train with the shipped word-list gazetteer ({@link
 *     ListGazetteer#shipped()})
 * @param kbGazetteer whether to train with the knowledge-base gazetteer ({@link KbGazetteer#of});
 *     with both, their labels are combined ({@link CompositeGazetteer})
 * @param tagOrder how many previous tags the features see: 1 (a first-order model) or 2 ({@link
 *     FeatureExtractor#secondOrderFeatures}, decoded over pairs of tags)
 * @param crfEpochs 0 for the maximum-entropy (Markov) learner; more for a linear-chain CRF
 *     (Tribuo's {@code CRFTrainer}, AdaGrad with parameter averaging) trained for this many epochs
 * @param clusterPairs whether the features include the cluster pairs of neighbouring words and the
 *     clusters three words away ({@link FeatureExtractor#clusterContextFeatures})
 */
public record TrainingConfig(
    String modelId,
    List<Integer> clusterSizes,
    List<Integer> rightClusterSizes,
    ExchangeClustering.Config clustering,
    int iterations,
    double l1,
    double l2,
    int cutoff,
    int threads,
    boolean listGazetteer,
    boolean kbGazetteer,
    int tagOrder,
    int crfEpochs,
    boolean clusterPairs) {

  public TrainingConfig {
    clusterSizes = List.copyOf(clusterSizes);
    rightClusterSizes = List.copyOf(rightClusterSizes);
    if (modelId.isBlank()
        || iterations < 1
        || l1 < 0
        || l2 < 0
        || cutoff < 0
        || threads < 1
        || tagOrder < 1
        || tagOrder > 2
        || crfEpochs < 0
        || (crfEpochs > 0 && tagOrder != 1)) {
      throw new IllegalArgumentException("invalid training config " + modelId);
    }
  }

  /**
   * The settings of the shipped model: a linear-chain CRF over the same features, word lists and
   * clusters as {@link #maxentV1()}, 25 epochs.
   */
  public static TrainingConfig shipped() {
    return maxentV1().withModelId("ner-crf-v2").withCrfEpochs(25);
  }

  /**
   * The settings of {@code ner-maxent-v1}, the maximum-entropy Markov model shipped before the CRF
   * (kept to reproduce its rows in the README).
   */
  public static TrainingConfig maxentV1() {
    return new TrainingConfig(
        "ner-maxent-v1",
        List.of(64, 256, 1024),
        List.of(256, 1024),
        new ExchangeClustering.Config(3, 40_000, 12),
        300,
        0.05,
        0.5,
        1,
        1,
        true,
        false,
        1,
        0,
        false);
  }

  public TrainingConfig withIterations(int n) {
    return copy(b -> b.iterations = n);
  }

  public TrainingConfig withClusterSizes(List<Integer> sizes) {
    return copy(b -> b.clusterSizes = sizes);
  }

  public TrainingConfig withRegularization(double newL1, double newL2) {
    return copy(
        b -> {
          b.l1 = newL1;
          b.l2 = newL2;
        });
  }

  public TrainingConfig withRightClusterSizes(List<Integer> sizes) {
    return copy(b -> b.rightClusterSizes = sizes);
  }

  public TrainingConfig withListGazetteer(boolean use) {
    return copy(b -> b.listGazetteer = use);
  }

  public TrainingConfig withKbGazetteer(boolean use) {
    return copy(b -> b.kbGazetteer = use);
  }

  public TrainingConfig withModelId(String id) {
    return copy(b -> b.modelId = id);
  }

  public TrainingConfig withTagOrder(int order) {
    return copy(b -> b.tagOrder = order);
  }

  /** A linear-chain CRF trained for {@code epochs} epochs (0: the maximum-entropy learner). */
  public TrainingConfig withCrfEpochs(int epochs) {
    return copy(b -> b.crfEpochs = epochs);
  }

  public TrainingConfig withClusterPairs(boolean use) {
    return copy(b -> b.clusterPairs = use);
  }

  public TrainingConfig withClustering(ExchangeClustering.Config c) {
    return copy(b -> b.clustering = c);
  }

  /** This configuration with the fields {@code change} sets replaced (a record has no withers). */
  private TrainingConfig copy(Consumer<Copy> change) {
    Copy b = new Copy(this);
    change.accept(b);
    return new TrainingConfig(
        b.modelId,
        b.clusterSizes,
        b.rightClusterSizes,
        b.clustering,
        b.iterations,
        b.l1,
        b.l2,
        b.cutoff,
        b.threads,
        b.listGazetteer,
        b.kbGazetteer,
        b.tagOrder,
        b.crfEpochs,
        b.clusterPairs);
  }

  /** The fields of a configuration being copied, to be changed before the copy is made. */
  private static final class Copy {
    String modelId;
    List<Integer> clusterSizes;
    List<Integer> rightClusterSizes;
    ExchangeClustering.Config clustering;
    int iterations;
    double l1;
    double l2;
    int cutoff;
    int threads;
    boolean listGazetteer;
    boolean kbGazetteer;
    int tagOrder;
    int crfEpochs;
    boolean clusterPairs;

    Copy(TrainingConfig c) {
      modelId = c.modelId;
      clusterSizes = c.clusterSizes;
      rightClusterSizes = c.rightClusterSizes;
      clustering = c.clustering;
      iterations = c.iterations;
      l1 = c.l1;
      l2 = c.l2;
      cutoff = c.cutoff;
      threads = c.threads;
      listGazetteer = c.listGazetteer;
      kbGazetteer = c.kbGazetteer;
      tagOrder = c.tagOrder;
      crfEpochs = c.crfEpochs;
      clusterPairs = c.clusterPairs;
    }
  }

  /** Whether the learner is a linear-chain CRF. */
  public boolean crf() {
    return crfEpochs > 0;
  }

  int[] clusterSizeArray() {
    return clusterSizes.stream().mapToInt(Integer::intValue).toArray();
  }

  int[] rightClusterSizeArray() {
    return rightClusterSizes.stream().mapToInt(Integer::intValue).toArray();
  }
}

package org.khabar.ner;

import java.util.List;

/**
 * The tags of one sentence and, for each token, the model's probability of its tag (the marginal of
 * the constrained left-to-right model, in {@code [0, 1]}).
 */
public record Tagging(List<String> tags, List<Double> probabilities) {

  public Tagging {
    tags = List.copyOf(tags);
    probabilities = List.copyOf(probabilities);
    if (tags.size() != probabilities.size()) {
      throw new IllegalArgumentException(
          tags.size() + " tags but " + probabilities.size() + " probabilities");
    }
  }

  public int size() {
    return tags.size();
  }

  /** The typed token spans of the tags. */
  public List<NerSpan> spans() {
    return Bio.spans(tags);
  }

  /** The mean token probability over a span. */
  public double confidence(NerSpan span) {
    double sum = 0;
    for (int i = span.first(); i < span.end(); i++) {
      sum += probabilities.get(i);
    }
    return sum / (span.end() - span.first());
  }
}

package org.khabar.ner;

import java.util.Collections;
import java.util.List;

/**
 * A hook for dictionary evidence: labels each token of a sentence with the gazetteer entry it falls
 * in, such as {@code B-PARTY}, {@code I-PLACE}, or {@code O} for none. The feature extractor turns
 * the labels of the current and neighbouring tokens into features, so a model trained with a
 * gazetteer must be used with the same one (its {@link #id()} is stored in the model).
 *
 * <p>Implementations must be thread-safe and return exactly one label per token.
 */
public interface Gazetteer {

  /** The label used for tokens outside every gazetteer entry. */
  String NONE_LABEL = "O";

  /** A stable id recorded in models trained with this gazetteer ("none" for {@link #NONE}). */
  String id();

  /** One label per token of {@code tokens} (canonical forms). */
  List<String> labels(List<String> tokens);

  /** The gazetteer that knows nothing: every token is labelled {@link #NONE_LABEL}. */
  Gazetteer NONE =
      new Gazetteer() {
        @Override
        public String id() {
          return "none";
        }

        @Override
        public List<String> labels(List<String> tokens) {
          return Collections.nCopies(tokens.size(), NONE_LABEL);
        }
      };
}

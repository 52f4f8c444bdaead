package org.khabar.pipeline;

import java.util.Set;
import org.khabar.model.Document;
import org.khabar.model.Layer;

/**
 * One step of analysis: a pure function from a document to a document with more layers. A stage
 * declares the layers it needs and the layers it adds; it loads its resources once, in its
 * constructor, and is safe to call from several threads.
 */
public interface Stage {

  /** A short stable name, used in provenance and benchmarks ("tokens", "ner", "quotes"). */
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  Document apply(Document document);
}

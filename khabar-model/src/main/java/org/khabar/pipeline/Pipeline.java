package org.khabar.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.khabar.model.Article;
import org.khabar.model.Document;
import org.khabar.model.Layer;

/**
 * An ordered list of stages, checked when built: every stage's required layers are produced by an
 * earlier stage (or are the text itself). Thread-safe when its stages are.
 */
public final class Pipeline {

  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    Set<Layer> available = EnumSet.of(Layer.TEXT);
    for (Stage s : this.stages) {
      Objects.requireNonNull(s, "stage");
      if (!available.containsAll(s.requires())) {
        EnumSet<Layer> missing = EnumSet.copyOf(s.requires());
        missing.removeAll(available);
        throw new IllegalArgumentException(
            "stage '" + s.name() + "' needs " + missing + " which no earlier stage produces");
      }
      available.addAll(s.produces());
    }
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The layers a document has after this pipeline. */
  public Set<Layer> produces() {
    Set<Layer> out = EnumSet.of(Layer.TEXT);
    stages.forEach(s -> out.addAll(s.produces()));
    return out;
  }

  public Document analyze(Article article) {
    return apply(Document.of(article));
  }

  public Document apply(Document document) {
    Document d = document;
    for (Stage s : stages) {
      Document next = s.apply(d);
      if (!next.layers().containsAll(s.produces())) {
        throw new IllegalStateException("stage '" + s.name() + "' did not produce " + s.produces());
      }
      d = next;
    }
    return d;
  }

  /** A pipeline of the first stages up to and including the named one. */
  public Pipeline upTo(String stageName) {
    List<Stage> out = new ArrayList<>();
    for (Stage s : stages) {
      out.add(s);
      if (s.name().equals(stageName)) {
        return new Pipeline(out);
      }
    }
    throw new IllegalArgumentException("no stage named '" + stageName + "'");
  }
}

package org.khabar.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.Article;
import org.khabar.model.Document;
import org.khabar.pipeline.Pipeline;
import org.khabar.pipeline.Stage;
import org.khabar.text.TextStage;

/**
 * Khabar's analysis pipeline, assembled once: text (canonical form, sentences, tokens). Stages load
 * their resources in their constructors; an analyser is thread-safe and meant to be shared.
 */
public final class Analyzer {

  private static final class Standard {
    static final Analyzer INSTANCE = new Analyzer(List.of());
  }

  private final Pipeline pipeline;

  private Analyzer(List<Path> extraKb) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new TextStage());
    this.pipeline = new Pipeline(stages);
  }

  /** The shared analyser with the shipped resources. */
  public static Analyzer standard() {
    return Standard.INSTANCE;
  }

  /** An analyser whose knowledge base also holds the entries of these files. */
  public static Analyzer withExtraKb(List<Path> extraKb) {
    return new Analyzer(extraKb);
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Document analyze(Article article) {
    return pipeline.analyze(article);
  }
}

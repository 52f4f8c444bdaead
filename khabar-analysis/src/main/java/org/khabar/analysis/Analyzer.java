package org.khabar.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.khabar.analysis.events.EventStage;
import org.khabar.analysis.kb.KbAdapters;
import org.khabar.analysis.mentions.MentionStage;
import org.khabar.analysis.quotes.QuoteStage;
import org.khabar.analysis.roles.PostMatcher;
import org.khabar.analysis.roles.RoleStage;
import org.khabar.analysis.summary.SummaryStage;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.link.EntityStage;
import org.khabar.model.Article;
import org.khabar.model.Document;
import org.khabar.ner.NerStage;
import org.khabar.pipeline.Pipeline;
import org.khabar.text.Canonicalizer;
import org.khabar.text.TextStage;
import org.khabar.translit.Translit;

/**
 * Khabar's analysis pipeline, assembled once: text (canonical form, sentences, tokens) → ner (the
 * statistical tagger) → mentions (reconciled with the knowledge base) → link (entities,
 * knowledge-base links, in-document coreference) → roles → quotes → events → summary. Stages load
 * their resources in their constructors; an analyser is thread-safe and meant to be shared.
 */
public final class Analyzer {

  /** Summary length in sentences. */
  public static final int SUMMARY_SENTENCES = 3;

  private static final class Standard {
    static final Analyzer INSTANCE = new Analyzer(KnowledgeBase.shipped());
  }

  private final Pipeline pipeline;
  private final KnowledgeBase kb;

  private Analyzer(KnowledgeBase kb) {
    this.kb = kb;
    UnaryOperator<String> canonical = s -> Canonicalizer.canonicalize(s).text();
    PostMatcher posts = KbAdapters.posts(kb, canonical);
    this.pipeline =
        new Pipeline(
            List.of(
                new TextStage(),
                new NerStage(),
                new MentionStage(KbAdapters.names(kb), posts, canonical),
                new EntityStage(kb, Translit.shipped()),
                new RoleStage(posts, canonical),
                new QuoteStage(canonical),
                new EventStage(canonical),
                new SummaryStage(SUMMARY_SENTENCES)));
  }

  /** The shared analyser with the shipped resources. */
  public static Analyzer standard() {
    return Standard.INSTANCE;
  }

  /** An analyser whose knowledge base also holds the entries of these files. */
  public static Analyzer withExtraKb(List<Path> extraKb) {
    return new Analyzer(KnowledgeBase.load(extraKb));
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  public Document analyze(Article article) {
    return pipeline.analyze(article);
  }
}

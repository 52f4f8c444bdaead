package org.khabar.analysis.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.Layer;
import org.khabar.model.Mention;
import org.khabar.model.Quote;
import org.khabar.model.Role;
import org.khabar.model.Sentence;
import org.khabar.model.SummarySentence;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.pipeline.Stage;

/**
 * A short extractive summary: the body sentences that best cover the article, in text order. A
 * sentence scores for its position (news puts the gist first), for the entities it names weighted
 * by how central they are to the article, for the roles and quotes it carries, and for its words'
 * overlap with the headline; near-copies of a chosen sentence and fragments are skipped.
 */
public final class SummaryStage implements Stage {

  public static final String NAME = "summary";
  private final int size;

  public SummaryStage(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("summary size must be >= 1");
    }
    this.size = size;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.ROLES, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.SUMMARY);
  }

  @Override
  public Document apply(Document doc) {
    CharSpan body = doc.article().bodySpan();
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (body.contains(s.span()) && words(doc, s).size() >= 6) {
        candidates.add(s);
      }
    }
    Map<String, Integer> entityWeight = new HashMap<>();
    for (Entity e : doc.entities()) {
      entityWeight.put(e.id(), e.mentions().size());
    }
    Set<String> headline = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      if (doc.article().headlineSpan().contains(s.span()) && !s.span().isEmpty()) {
        headline.addAll(words(doc, s));
      }
    }
    List<SummarySentence> scored = new ArrayList<>();
    int rank = 0;
    for (Sentence s : candidates) {
      double score = 1.0 / (1.0 + 0.35 * rank++);
      double ents = 0;
      for (Entity e : doc.entities()) {
        for (Mention m : e.mentions()) {
          if (s.span().contains(m.span())) {
            ents += Math.log1p(entityWeight.get(e.id()));
          }
        }
      }
      score += 0.15 * Math.min(ents, 6.0);
      for (Role r : doc.roles()) {
        if (s.span().contains(r.evidence())) {
          score += 0.15;
        }
      }
      for (Quote q : doc.quotes()) {
        if (s.span().contains(q.cue())) {
          score += 0.2;
        }
      }
      Set<String> w = words(doc, s);
      if (!headline.isEmpty()) {
        long shared = w.stream().filter(headline::contains).count();
        score += 0.6 * shared / Math.max(4.0, headline.size());
      }
      if (w.size() > 60) {
        score *= 0.7;
      }
      scored.add(new SummarySentence(s.index(), s.span(), score));
    }
    scored.sort(Comparator.comparingDouble(SummarySentence::score).reversed());
    List<SummarySentence> chosen = new ArrayList<>();
    List<Set<String>> chosenWords = new ArrayList<>();
    for (SummarySentence c : scored) {
      if (chosen.size() == size) {
        break;
      }
      Set<String> w = words(doc, doc.sentences().get(c.sentenceIndex()));
      boolean redundant = false;
      for (Set<String> o : chosenWords) {
        long shared = w.stream().filter(o::contains).count();
        if (shared > 0.6 * Math.min(w.size(), o.size())) {
          redundant = true;
          break;
        }
      }
      if (!redundant) {
        chosen.add(c);
        chosenWords.add(w);
      }
    }
    chosen.sort(Comparator.comparingInt(SummarySentence::sentenceIndex));
    return doc.withSummary(chosen);
  }

  private static Set<String> words(Document doc, Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : doc.tokensOf(s)) {
      if (t.kind() != TokenKind.PUNCTUATION
          && t.kind() != TokenKind.SYMBOL
          && t.norm().length() > 1) {
        out.add(t.norm());
      }
    }
    return out;
  }
}

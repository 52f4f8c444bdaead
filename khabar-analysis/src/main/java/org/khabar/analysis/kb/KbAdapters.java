package org.khabar.analysis.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.khabar.analysis.lex.Lexicons;
import org.khabar.analysis.mentions.KbMatcher;
import org.khabar.analysis.roles.PostMatcher;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.PostMatch;
import org.khabar.kb.Posts;
import org.khabar.kb.link.AliasMatcher;
import org.khabar.model.EntityType;
import org.khabar.model.Token;
import org.khabar.translit.Devanagari;

/** The knowledge base seen through the small interfaces the analysis rules need. */
public final class KbAdapters {

  private KbAdapters() {}

  /** Known names of a sentence, from the knowledge base's alias matcher. */
  public static KbMatcher names(KnowledgeBase kb) {
    AliasMatcher matcher = new AliasMatcher(kb);
    Set<String> orgWords = new HashSet<>();
    for (KbEntry e : kb.entries()) {
      if (e.entityType() == EntityType.ORG) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        for (String n : names) {
          if (n == null) {
            continue;
          }
          for (String w : n.split("\\s+")) {
            if (!w.isEmpty()) {
              orgWords.add(Devanagari.fold(w));
            }
          }
        }
      }
    }
    return new KbMatcher() {
      @Override
      public List<KbMatch> find(List<Token> tokens, int from, int to) {
        List<KbMatcher.KbMatch> out = new ArrayList<>();
        for (AliasMatcher.Match m : matcher.find(tokens.subList(from, to))) {
          out.add(
              new KbMatcher.KbMatch(
                  m.tokens().first(), m.tokens().end(), m.type(), m.entry().id(), m.ambiguous()));
        }
        return out;
      }

      @Override
      public boolean inOrganisationName(Token token) {
        return orgWords.contains(Devanagari.fold(token.norm()));
      }
    };
  }

  /**
   * Posts from the knowledge base's post vocabulary. A post means something only with the
   * organisation it belongs to when {@code roles/needs-org.tsv} lists it ("नेता") or when its words
   * are also ordinary words (प्रमुख).
   */
  public static PostMatcher posts(KnowledgeBase kb, UnaryOperator<String> canonical) {
    Posts posts = kb.posts();
    Set<String> needsOrg = new HashSet<>();
    for (Lexicons.Row r :
        Lexicons.rows(org.khabar.analysis.roles.RoleStage.class, "needs-org.tsv")) {
      needsOrg.add(r.col(0).strip());
    }
    return (tokens, i, limit) -> {
      List<Token> view = limit < tokens.size() ? tokens.subList(0, limit) : tokens;
      Optional<PostMatch> m = posts.matchAt(view, i);
      if (m.isEmpty()) {
        return null;
      }
      PostMatch pm = m.get();
      boolean org = pm.ambiguous() || needsOrg.contains(pm.post().id());
      return new PostMatcher.PostMatch(pm.tokens().first(), pm.tokens().end(), pm.post().id(), org);
    };
  }
}

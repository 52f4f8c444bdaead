package org.khabar.kb.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.TokenTrie;
import org.khabar.model.EntityType;
import org.khabar.model.Token;
import org.khabar.model.TokenRange;
import org.khabar.translit.Devanagari;

/**
 * Finds knowledge-base names in a sentence's tokens: every name of every entry, in both scripts,
 * multi-token, compared on folded tokens ({@link Token#norm()} through {@link Devanagari#fold}, so
 * case, nukta, chandrabindu and zero-width characters do not matter). A token trie gives the
 * longest name starting at each token in time proportional to the name's length.
 *
 * <p>A match is {@code ambiguous} when its name is flagged so in the knowledge base (आप, a common
 * word or shared name) or when it names more than one entry; {@code candidates} then lists them
 * all. Callers should accept ambiguous matches only with further evidence (the tagger agrees, the
 * article names the entry in full). Immutable and thread-safe.
 */
public final class AliasMatcher {

  /**
   * A name found in the tokens: the tokens it covers (document token indices, from {@link
   * Token#index()}), the entry it most likely names, the entry's type, whether it is ambiguous, the
   * name as the knowledge base writes it, and every entry it may name.
   */
  public record Match(
      TokenRange tokens,
      KbEntry entry,
      EntityType type,
      boolean ambiguous,
      String alias,
      List<KbEntry> candidates) {

    public Match {
      Objects.requireNonNull(tokens, "tokens");
      Objects.requireNonNull(entry, "entry");
      candidates = List.copyOf(candidates);
    }
  }

  private final TokenTrie<KnowledgeBase.AliasRef> trie;

  public AliasMatcher(KnowledgeBase kb) {
    TokenTrie.Builder<KnowledgeBase.AliasRef> b = TokenTrie.builder();
    for (Map.Entry<String, List<KnowledgeBase.AliasRef>> e : kb.aliasIndex().entrySet()) {
      List<String> phrase = List.of(e.getKey().split(" "));
      if (isPunctuationOnly(phrase)) {
        continue;
      }
      for (KnowledgeBase.AliasRef r : e.getValue()) {
        b.add(phrase, r);
      }
    }
    this.trie = b.build();
  }

  private static boolean isPunctuationOnly(List<String> phrase) {
    for (String t : phrase) {
      for (int i = 0; i < t.length(); i++) {
        if (Character.isLetterOrDigit(t.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The longest names, left to right, not overlapping: at each token the longest name starting
   * there is taken and the search resumes after it.
   */
  public List<Match> find(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = matchAt(tokens, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i += m.tokens().size();
      }
    }
    return out;
  }

  /**
   * The longest name starting at every token, overlaps included ("बिहार विधानसभा" and, inside it,
   * "बिहार"), except names wholly inside a longer match that starts at the same token.
   */
  public List<Match> findAll(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Match m = matchAt(tokens, i);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** The longest name starting at token {@code i} of the list, or null. */
  public Match matchAt(List<Token> tokens, int i) {
    TokenTrie.Match<KnowledgeBase.AliasRef> m =
        trie.longest(tokens, i, t -> Devanagari.fold(t.norm()));
    if (m == null) {
      return null;
    }
    Map<String, KnowledgeBase.AliasRef> byEntry = new LinkedHashMap<>();
    boolean flagged = false;
    for (KnowledgeBase.AliasRef r : m.values()) {
      byEntry.putIfAbsent(r.entry().id(), r);
      flagged |= r.ambiguous();
    }
    List<KbEntry> candidates =
        byEntry.values().stream().map(KnowledgeBase.AliasRef::entry).toList();
    KnowledgeBase.AliasRef first = m.values().get(0);
    int from = tokens.get(i).index();
    int to = tokens.get(i + m.length() - 1).index() + 1;
    return new Match(
        new TokenRange(from, to),
        first.entry(),
        first.entry().entityType(),
        flagged || candidates.size() > 1,
        first.alias(),
        candidates);
  }
}

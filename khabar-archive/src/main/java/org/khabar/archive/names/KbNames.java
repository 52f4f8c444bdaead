package org.khabar.archive.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KnowledgeBase;

/**
 * Resolves names through the knowledge base's aliases (both scripts, abbreviations, other
 * spellings: BJP, भाजपा, बीजेपी; Lucknow, लखनऊ).
 *
 * <p>Strictly (free-text search), a phrase must be an unambiguous alias of an entry, as written up
 * to case and nukta: cheap, and precise. Loosely (filters and views, where the user names an
 * entity), ambiguous aliases and names reached by the knowledge base's transliteration count too;
 * same-skeleton matches do not (बारिश is not the town Barshi). The knowledge base is loaded on
 * first use, its transliteration model only when a loose lookup needs it.
 */
public final class KbNames implements NameResolver {

  private static final int LIMIT = 8;
  private static final int MAX_ALIASES = 16;
  private static final String PHONETIC = "phonetic-alias";

  private final Supplier<KnowledgeBase> kb;

  public KbNames(Supplier<KnowledgeBase> kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** The shipped knowledge base, loaded when first needed. */
  public static KbNames shipped() {
    return new KbNames(KnowledgeBase::shipped);
  }

  @Override
  public List<NamedEntity> resolve(String phrase) {
    if (phrase.isBlank()) {
      return List.of();
    }
    List<NamedEntity> out = new ArrayList<>();
    for (KnowledgeBase.AliasRef r : kb.get().byName(phrase.strip())) {
      if (!r.ambiguous() && out.stream().noneMatch(n -> n.key().equals(r.entry().id()))) {
        out.add(named(r.entry(), "kb:exact-alias"));
      }
    }
    return out;
  }

  @Override
  public List<NamedEntity> resolveLoosely(String phrase) {
    List<NamedEntity> strict = resolve(phrase);
    if (!strict.isEmpty() || phrase.isBlank()) {
      return strict;
    }
    List<NamedEntity> out = new ArrayList<>();
    for (KnowledgeBase.Hit h : kb.get().lookup(phrase.strip(), LIMIT)) {
      if (!h.rule().equals(PHONETIC)) {
        out.add(named(h.entry(), "kb:" + h.rule()));
      }
    }
    return out;
  }

  private static NamedEntity named(KbEntry e, String source) {
    // Names the knowledge base calls ambiguous (राहुल, शाह) never stand for the entry alone.
    List<String> aliases = new ArrayList<>();
    for (String n : e.allNames()) {
      if (aliases.size() < MAX_ALIASES
          && !aliases.contains(n)
          && !e.ambiguousAliases().contains(n)) {
        aliases.add(n);
      }
    }
    return new NamedEntity(
        e.id(),
        e.entityType(),
        e.displayName(),
        e.english() == null ? "" : e.english(),
        aliases,
        source);
  }
}

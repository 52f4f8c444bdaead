package org.khabar.archive.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the entities a phrase names, in either script ("kharge", "खड़गे", "RJD"). The archive's own
 * names are one resolver; the knowledge base's aliases, when present, come first.
 */
public interface NameResolver {

  /** The entities this phrase names, best first; empty when it names none. */
  List<NamedEntity> resolve(String phrase);

  /**
   * As {@link #resolve}, but when the phrase names nothing in full, the entities whose name
   * contains it as whole words ("tejashwi" for तेजस्वी यादव, "gandhi" for every Gandhi), most
   * mentioned first. For filters and views, where the user names an entity; free-text search uses
   * {@link #resolve} only.
   */
  default List<NamedEntity> resolveLoosely(String phrase) {
    return resolve(phrase);
  }

  /** A resolver that asks each in turn and merges their answers by key, earlier ones first. */
  static NameResolver chain(List<NameResolver> resolvers) {
    List<NameResolver> all = List.copyOf(resolvers);
    return new NameResolver() {
      @Override
      public List<NamedEntity> resolve(String phrase) {
        return merge(all, phrase, false);
      }

      @Override
      public List<NamedEntity> resolveLoosely(String phrase) {
        List<NamedEntity> strict = merge(all, phrase, false);
        return strict.isEmpty() ? merge(all, phrase, true) : strict;
      }
    };
  }

  private static List<NamedEntity> merge(List<NameResolver> all, String phrase, boolean loose) {
    Map<String, NamedEntity> byKey = new LinkedHashMap<>();
    for (NameResolver r : all) {
      for (NamedEntity e : loose ? r.resolveLoosely(phrase) : r.resolve(phrase)) {
        NamedEntity had = byKey.get(e.key());
        if (had == null) {
          byKey.put(e.key(), e);
        } else {
          List<String> aliases = new ArrayList<>(had.aliases());
          e.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
          byKey.put(
              e.key(),
              new NamedEntity(
                  had.key(), had.type(), had.name(), had.latin(), aliases, had.source()));
        }
      }
    }
    return List.copyOf(byKey.values());
  }

  /** Resolves nothing. */
  static NameResolver none() {
    return phrase -> List.of();
  }
}

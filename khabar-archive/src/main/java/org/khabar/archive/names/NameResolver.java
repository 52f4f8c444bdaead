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

  /** A resolver that asks each in turn and merges their answers by key, earlier ones first. */
  static NameResolver chain(List<NameResolver> resolvers) {
    List<NameResolver> all = List.copyOf(resolvers);
    return phrase -> {
      Map<String, NamedEntity> byKey = new LinkedHashMap<>();
      for (NameResolver r : all) {
        for (NamedEntity e : r.resolve(phrase)) {
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
    };
  }

  /** Resolves nothing. */
  static NameResolver none() {
    return phrase -> List.of();
  }
}

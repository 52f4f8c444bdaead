package org.khabar.archive.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.khabar.archive.names.NameForms;
import org.khabar.archive.names.NameResolver;
import org.khabar.archive.names.NamedEntity;

/**
 * Resolves names against the names the archive itself has seen: every entity's name, Latin name and
 * mention surfaces, compared word by word in every cross-script form ({@link NameForms}). A match
 * through spellings beats a match that needed a consonant skeleton; among equals, entities
 * mentioned in more articles come first.
 */
public final class StoreNames implements NameResolver {

  private static final int MAX_ENTITIES = 5;
  private static final int MAX_ALIASES = 24;

  private final Store store;
  private final NameForms names;

  public StoreNames(Store store, NameForms names) {
    this.store = Objects.requireNonNull(store, "store");
    this.names = Objects.requireNonNull(names, "names");
  }

  private record Candidate(EntityRef entity, int strength, long articles) {}

  @Override
  public List<NamedEntity> resolve(String phrase) {
    return find(phrase, false);
  }

  @Override
  public List<NamedEntity> resolveLoosely(String phrase) {
    List<NamedEntity> strict = find(phrase, false);
    return strict.isEmpty() ? find(phrase, true) : strict;
  }

  /**
   * Strictly: names of exactly these words. Loosely: longer names that contain these words in a row
   * (a first name, a surname).
   */
  private List<NamedEntity> find(String phrase, boolean loose) {
    List<String> words = names.words(phrase);
    if (words.isEmpty()) {
      return List.of();
    }
    return store.read(
        c -> {
          Map<String, Candidate> found = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT key, type, name, latin, kb_id FROM entities WHERE key = ?")) {
            ps.setString(1, phrase.strip());
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                EntityRef e = Entities.ref(rs);
                found.put(e.key(), new Candidate(e, 3, 0));
              }
            }
          }
          Set<String> forms = names.queryForms(words.get(0));
          String marks = String.join(", ", Collections.nCopies(forms.size(), "?"));
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT DISTINCT e.key, e.type, e.name, e.latin, e.kb_id, nf.surface, nf.position"
                      + " FROM name_forms nf JOIN entities e ON e.key = nf.entity_key"
                      + " WHERE nf.form IN ("
                      + marks
                      + ") AND "
                      + (loose ? "nf.words > ?" : "nf.words = ? AND nf.position = 0"))) {
            int i = 1;
            for (String f : forms) {
              ps.setString(i++, f);
            }
            ps.setInt(i, words.size());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                List<String> surface = names.words(rs.getString(6));
                int at = rs.getInt(7);
                if (at + words.size() > surface.size()) {
                  continue;
                }
                int strength = strength(words, surface.subList(at, at + words.size()));
                if (strength == 0) {
                  continue;
                }
                EntityRef e = Entities.ref(rs);
                Candidate had = found.get(e.key());
                if (had == null || had.strength() < strength) {
                  found.put(e.key(), new Candidate(e, strength, 0));
                }
              }
            }
          }
          if (found.isEmpty()) {
            return List.of();
          }
          int best = found.values().stream().mapToInt(Candidate::strength).max().orElse(0);
          List<Candidate> kept = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(DISTINCT article_seq) FROM article_entities WHERE entity_key = ?")) {
            for (Candidate cand : found.values()) {
              if (cand.strength() < best && best > 1) {
                continue;
              }
              ps.setString(1, cand.entity().key());
              try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                kept.add(new Candidate(cand.entity(), cand.strength(), rs.getLong(1)));
              }
            }
          }
          kept.sort(
              Comparator.comparingInt(Candidate::strength)
                  .reversed()
                  .thenComparing(Comparator.comparingLong(Candidate::articles).reversed())
                  .thenComparing(cand -> cand.entity().key()));
          List<NamedEntity> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT DISTINCT surface FROM name_forms WHERE entity_key = ? ORDER BY surface"
                      + " LIMIT "
                      + MAX_ALIASES)) {
            for (Candidate cand : kept.subList(0, Math.min(MAX_ENTITIES, kept.size()))) {
              List<String> aliases = new ArrayList<>();
              aliases.add(cand.entity().name());
              ps.setString(1, cand.entity().key());
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  if (!aliases.contains(rs.getString(1))) {
                    aliases.add(rs.getString(1));
                  }
                }
              }
              EntityRef e = cand.entity();
              out.add(new NamedEntity(e.key(), e.type(), e.name(), e.latin(), aliases, "archive"));
            }
          }
          return out;
        });
  }

  /** 2 when every word matches in spelling, 1 when a skeleton was needed, 0 when no match. */
  private int strength(List<String> query, List<String> surface) {
    if (query.size() != surface.size()) {
      return 0;
    }
    int strength = 2;
    for (int i = 0; i < query.size(); i++) {
      Set<String> a = names.queryForms(query.get(i));
      Set<String> b = names.forms(surface.get(i));
      boolean spelled = false;
      boolean skeleton = false;
      for (String f : a) {
        if (b.contains(f)) {
          if (f.startsWith("~")) {
            skeleton = true;
          } else {
            spelled = true;
          }
        }
      }
      if (!spelled && !skeleton) {
        return 0;
      }
      if (!spelled) {
        strength = 1;
      }
    }
    return strength;
  }
}

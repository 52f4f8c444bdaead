package org.khabar.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khabar.translit.Devanagari;
import org.khabar.translit.Phonetic;
import org.khabar.translit.Translit;

/**
 * The knowledge base: parties, alliances, people, places and organisations with their names in both
 * scripts, and the post vocabulary ({@link #posts()}).
 *
 * <p>The shipped base is the compiled files (built from the public sources by {@code khabar kb
 * build}), the ministries made from {@code portfolios.tsv}, and the hand-written {@code
 * curated.jsonl}, read in that order; a later entry with the same id replaces an earlier one, so
 * curated entries override compiled ones, and users' files (same JSONL shape as curated.jsonl,
 * given to {@link #load(List)}) override both.
 *
 * <p>Names are indexed under their folded token key ({@link Names#key}): case, nukta, chandrabindu
 * and zero-width characters do not matter. An alias is ambiguous when its entry says so, when it is
 * in {@code common-words.txt} (शिव, सेना, आप) or when several entries share it. Immutable after
 * construction; thread-safe.
 */
public final class KnowledgeBase {

  /** Shipped entry files, in load order. */
  static final List<String> SHIPPED =
      List.of(
          "compiled-places.jsonl.gz",
          "compiled-people.jsonl.gz",
          "compiled-orgs.jsonl.gz",
          "curated.jsonl");

  static final String COMMON_WORDS = "common-words.txt";

  /** A name of an entry, as indexed. */
  public record AliasRef(KbEntry entry, String alias, boolean ambiguous) {}

  /** A lookup result: the entry, a score in [0, 1], and the rule that found it. */
  public record Hit(KbEntry entry, double score, String rule, String matched) {}

  private final Map<String, KbEntry> byId;
  private final Map<String, List<AliasRef>> byKey;
  private final Set<String> commonWords;
  private final Posts posts;
  private volatile Map<String, List<KbEntry>> phoneticIndex;

  private KnowledgeBase(Collection<? extends KbEntry> entries, Posts posts, Set<String> common) {
    Map<String, KbEntry> ids = new LinkedHashMap<>();
    for (KbEntry e : entries) {
      ids.remove(e.id()); // a replacement takes the place of the last definition
      ids.put(e.id(), e);
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.commonWords = Set.copyOf(common);
    this.posts = posts;
    Map<String, List<AliasRef>> keys = new HashMap<>();
    for (KbEntry e : ids.values()) {
      Set<String> seen = new HashSet<>();
      Set<String> ambiguous = new HashSet<>();
      e.ambiguousAliases().forEach(a -> ambiguous.add(Names.key(a)));
      List<String> names = new ArrayList<>(e.allNames());
      names.addAll(e.ambiguousAliases());
      for (String n : names) {
        String k = Names.key(n);
        if (k.isEmpty() || !seen.add(k)) {
          continue;
        }
        boolean amb = ambiguous.contains(k) || commonWords.contains(k);
        keys.computeIfAbsent(k, x -> new ArrayList<>(1)).add(new AliasRef(e, n, amb));
      }
    }
    keys.replaceAll((k, v) -> List.copyOf(v));
    this.byKey = Map.copyOf(keys);
  }

  private static final class Shipped {
    static final KnowledgeBase INSTANCE = build(List.of());
  }

  /** The shipped knowledge base, loaded once and cached. */
  public static KnowledgeBase shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * The shipped knowledge base plus the entries of the given JSONL files (same shape as {@code
   * curated.jsonl}; gzip when the name ends in .gz). Entries whose id is already known replace the
   * shipped ones.
   */
  public static KnowledgeBase load(List<Path> extraFiles) {
    return build(extraFiles);
  }

  private static KnowledgeBase build(List<Path> extraFiles) {
    List<KbEntry> all = new ArrayList<>();
    try {
      for (String r : SHIPPED) {
        if (r.equals("curated.jsonl")) {
          all.addAll(Ministries.fromPortfolios(Portfolio.shipped()));
        }
        if (KnowledgeBase.class.getResource(r) != null) {
          all.addAll(KbJson.readResource(r));
        }
      }
      for (Path p : extraFiles) {
        all.addAll(KbJson.read(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KnowledgeBase(all, Posts.shipped(), readCommonWords());
  }

  /** A knowledge base of exactly these entries, with the shipped posts and common words. */
  public static KnowledgeBase of(Collection<? extends KbEntry> entries) {
    return new KnowledgeBase(entries, Posts.shipped(), readCommonWords());
  }

  static Set<String> readCommonWords() {
    Set<String> out = new HashSet<>();
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(COMMON_WORDS)) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(Names.key(s));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public Optional<KbEntry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<KbEntry> entries() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  /** Entries of one record type. */
  public <T extends KbEntry> List<T> entries(Class<T> type) {
    return byId.values().stream().filter(type::isInstance).map(type::cast).toList();
  }

  public Posts posts() {
    return posts;
  }

  /** Every indexed name, by folded key (for building matchers). */
  public Map<String, List<AliasRef>> aliasIndex() {
    return byKey;
  }

  /** The entries one of whose names is exactly this name (after folding). */
  public List<AliasRef> byName(String name) {
    return byKey.getOrDefault(Names.key(name), List.of());
  }

  /** True when the folded name is a common word that never links on its own. */
  public boolean isCommonWord(String name) {
    return commonWords.contains(Names.key(name));
  }

  /**
   * Entries matching a query typed in either script, best first: exact names (exact-alias, 1.0; 0.5
   * for an ambiguous name), names reached by transliterating the query (translit-alias, up to
   * 0.85), then names with the same consonant skeleton (phonetic-alias, 0.6).
   */
  public List<Hit> lookup(String query, int limit) {
    Map<String, Hit> best = new LinkedHashMap<>();
    for (AliasRef r : byName(query)) {
      offer(best, new Hit(r.entry(), r.ambiguous() ? 0.5 : 1.0, "exact-alias", r.alias()));
    }
    Translit t = Translit.shipped();
    List<String> forms = new ArrayList<>();
    if (Devanagari.containsDevanagari(query)) {
      forms.add(t.toLatin(query));
    } else {
      forms.addAll(t.toDevanagari(query, 5));
    }
    for (int i = 0; i < forms.size(); i++) {
      for (AliasRef r : byName(forms.get(i))) {
        double s = (r.ambiguous() ? 0.45 : 0.85) - 0.03 * i;
        offer(best, new Hit(r.entry(), s, "translit-alias", r.alias()));
      }
    }
    String key = Phonetic.key(query);
    if (key.replace(" ", "").length() >= 3) {
      for (KbEntry e : phonetic().getOrDefault(key, List.of())) {
        offer(best, new Hit(e, 0.6, "phonetic-alias", key));
      }
    }
    List<Hit> out = new ArrayList<>(best.values());
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out.subList(0, Math.min(limit, out.size()));
  }

  private static void offer(Map<String, Hit> best, Hit h) {
    best.merge(h.entry().id(), h, (a, b) -> a.score() >= b.score() ? a : b);
  }

  /** Entries by the consonant skeleton of any of their names. */
  public List<KbEntry> byPhoneticKey(String key) {
    return phonetic().getOrDefault(key, List.of());
  }

  private Map<String, List<KbEntry>> phonetic() {
    Map<String, List<KbEntry>> m = phoneticIndex;
    if (m == null) {
      synchronized (this) {
        m = phoneticIndex;
        if (m == null) {
          Map<String, List<KbEntry>> built = new HashMap<>();
          for (KbEntry e : byId.values()) {
            Set<String> keys = new HashSet<>();
            for (String n : e.allNames()) {
              String k = Phonetic.key(n);
              if (!k.isEmpty() && keys.add(k)) {
                built.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
              }
            }
          }
          built.replaceAll((k, v) -> List.copyOf(v));
          m = Map.copyOf(built);
          phoneticIndex = m;
        }
      }
    }
    return m;
  }
}

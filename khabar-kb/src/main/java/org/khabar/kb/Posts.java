package org.khabar.kb;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khabar.model.Token;
import org.khabar.model.TokenRange;
import org.khabar.translit.Devanagari;

/**
 * The post vocabulary: the posts of {@code posts.jsonl} plus a minister post for every portfolio of
 * {@code portfolios.tsv} ("स्वास्थ्य मंत्री", "गृहमंत्री", "गृह राज्य मंत्री"), each also with the
 * qualifier केंद्रीय ("केंद्रीय गृह मंत्री"). {@link #matchAt} finds the longest post phrase
 * starting at a token. Immutable and thread-safe.
 */
public final class Posts {

  static final String RESOURCE = "posts.jsonl";
  private static final String UNION = "केंद्रीय";

  private record Entry(Post post, List<String> qualifiers, boolean ambiguous) {}

  private final Map<String, Post> byId;
  private final TokenTrie<Entry> trie;

  private Posts(Collection<Post> posts, List<Portfolio> portfolios) {
    Map<String, Post> ids = new LinkedHashMap<>();
    TokenTrie.Builder<Entry> b = TokenTrie.builder();
    for (Post p : posts) {
      put(ids, p);
      addNames(b, p, List.of());
    }
    for (Portfolio pf : portfolios) {
      Post minister = minister(pf);
      Post mos = ministerOfState(pf);
      put(ids, minister);
      put(ids, mos);
      addNames(b, minister, List.of());
      addNames(b, mos, List.of());
      for (String alias : minister.aliases()) {
        if (Devanagari.containsDevanagari(alias)) {
          b.add(Names.tokens(UNION + " " + alias), new Entry(minister, List.of(UNION), false));
        }
      }
      for (String alias : mos.aliases()) {
        if (Devanagari.containsDevanagari(alias)) {
          b.add(Names.tokens(UNION + " " + alias), new Entry(mos, List.of(UNION), false));
        }
      }
    }
    this.byId = Map.copyOf(ids);
    this.trie = b.build();
  }

  private static void put(Map<String, Post> ids, Post p) {
    if (ids.putIfAbsent(p.id(), p) != null) {
      throw new IllegalArgumentException("duplicate post id " + p.id());
    }
  }

  private static void addNames(TokenTrie.Builder<Entry> b, Post p, List<String> qualifiers) {
    b.add(
        Names.tokens(p.name()), new Entry(p, qualifiers, p.ambiguousAliases().contains(p.name())));
    for (String a : p.aliases()) {
      b.add(Names.tokens(a), new Entry(p, qualifiers, p.ambiguousAliases().contains(a)));
    }
    for (String a : p.ambiguousAliases()) {
      b.add(Names.tokens(a), new Entry(p, qualifiers, true));
    }
  }

  private static Post minister(Portfolio pf) {
    List<String> aliases = new ArrayList<>();
    for (String h : pf.hindi()) {
      aliases.add(h + " मंत्री");
      if (!h.contains(" ")) {
        aliases.add(h + "मंत्री");
      }
    }
    aliases.add(pf.ministerTitle());
    String name = aliases.remove(0);
    return new Post(
        "post:" + pf.slug() + "-mantri",
        name,
        pf.ministerTitle(),
        aliases,
        List.of(),
        Post.PostKind.GOVERNMENT,
        false,
        true);
  }

  private static Post ministerOfState(Portfolio pf) {
    List<String> aliases = new ArrayList<>();
    for (String h : pf.hindi()) {
      aliases.add(h + " राज्य मंत्री");
      aliases.add(h + " राज्यमंत्री");
    }
    String name = aliases.remove(0);
    String area = pf.ministerTitle().replaceFirst("\\s*Minister$", "");
    return new Post(
        "post:" + pf.slug() + "-rajya-mantri",
        name,
        "Minister of State for " + area,
        aliases,
        List.of(),
        Post.PostKind.GOVERNMENT,
        false,
        true);
  }

  /** The shipped posts and portfolios. */
  public static Posts shipped() {
    return of(readShipped(), Portfolio.shipped());
  }

  /** Posts from the given records and portfolios. */
  public static Posts of(Collection<Post> posts, List<Portfolio> portfolios) {
    return new Posts(posts, portfolios);
  }

  static List<Post> readShipped() {
    try (InputStream in = Posts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<Post> out = new ArrayList<>();
      try (MappingIterator<Post> it = KbJson.MAPPER.readerFor(Post.class).readValues(in)) {
        while (it.hasNext()) {
          out.add(it.next());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Post> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<Post> all() {
    return byId.values();
  }

  /**
   * The longest post phrase starting at token {@code i} ("संगठन महासचिव", "केंद्रीय गृह मंत्री",
   * "डिप्टी सीएम"), or empty. Token ranges in the result are indices into {@code tokens}.
   */
  public Optional<PostMatch> matchAt(List<Token> tokens, int i) {
    TokenTrie.Match<Entry> m = trie.longest(tokens, i, t -> Devanagari.fold(t.norm()));
    if (m == null) {
      return Optional.empty();
    }
    Entry e = m.values().get(0);
    boolean ambiguous = m.values().size() > 1 || e.ambiguous();
    return Optional.of(
        new PostMatch(new TokenRange(i, i + m.length()), e.post(), e.qualifiers(), ambiguous));
  }

  /** The post a whole phrase names ("प्रदेशाध्यक्ष", "Deputy CM"), or empty. */
  public Optional<Post> byName(String phrase) {
    List<Entry> es = trie.get(Names.tokens(phrase));
    return es.isEmpty() ? Optional.empty() : Optional.of(es.get(0).post());
  }
}

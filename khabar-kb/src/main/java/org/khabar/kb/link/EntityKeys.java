package org.khabar.kb.link;

import java.util.Locale;
import org.khabar.kb.Names;
import org.khabar.model.Entity;
import org.khabar.translit.BoundedCache;
import org.khabar.translit.Devanagari;
import org.khabar.translit.NewsRomanizer;

/**
 * Stable keys for entities across articles: the knowledge-base id when linked, else {@code
 * new:<type>:<slug>} where the slug is the rule-based romanisation of the folded Devanagari name
 * (so the same unknown person spelled with or without nukta, in two articles, gets one key; the
 * learnt transliteration model is not used, so keys survive retraining).
 */
public final class EntityKeys {

  private EntityKeys() {}

  public static String key(Entity e) {
    if (e.kbId() != null) {
      return e.kbId();
    }
    return newKey(e.type().name(), e.name());
  }

  /** The key of an unknown entity of this type and name. */
  public static String newKey(String type, String name) {
    String folded = Devanagari.fold(name);
    String latin =
        Devanagari.containsDevanagari(folded)
            ? Holder.LATIN.get(folded, Holder.RULES::romanize)
            : folded;
    String slug = Names.slug(latin);
    return "new:" + type.toLowerCase(Locale.ROOT) + ":" + (slug.isEmpty() ? "x" : slug);
  }

  private static final class Holder {
    static final NewsRomanizer RULES = new NewsRomanizer();

    /**
     * Romanisations by folded name: the archive asks for the key of every unlinked entity of every
     * stored article on its single writer thread, and the same names recur from article to article.
     */
    static final BoundedCache<String, String> LATIN = new BoundedCache<>(16_384);
  }
}

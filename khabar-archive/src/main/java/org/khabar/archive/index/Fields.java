package org.khabar.archive.index;

/**
 * Field names of the archive's Lucene index. Two kinds of document: one per article and one per
 * quote; both carry the article id in {@link #ARTICLE}, so an article and its quotes are replaced
 * together.
 */
public final class Fields {
  private Fields() {}

  /** "article" or "quote". */
  public static final String KIND = "kind";

  public static final String KIND_ARTICLE = "article";
  public static final String KIND_QUOTE = "quote";

  /** The article id (stored). */
  public static final String ARTICLE = "article";

  /** The store's ingest sequence number (doc values, stored). */
  public static final String SEQ = "seq";

  /** Results with the same value are one result (the duplicate group, or a quote's identity). */
  public static final String COLLAPSE = "collapse";

  /** Publication date as days since 1970-01-01 (point and doc values). */
  public static final String DAY = "day";

  /** The quote's row id in the store (stored, doc values). */
  public static final String QUOTE = "quote";

  /** Text as written: ICU tokens, NFKC case-folded, no stemming. */
  public static final String EXACT = "exact";

  /** Text folded for recall: Indic and Hindi normalisation and light stemming (index only). */
  public static final String FOLD = "fold";

  /** The headline, folded like {@link #FOLD}. */
  public static final String HEADLINE = "headline";

  /** Every word romanised (Devanagari-Latin; Latin-ASCII; Lower, final schwa dropped). */
  public static final String TRANSLIT = "translit";

  /** Every word's consonant skeleton (three letters or more). */
  public static final String SKELETON = "skeleton";

  /** Archive entity keys mentioned (articles) or mentioned in the content (quotes: "about"). */
  public static final String ENTITY = "entity";

  /** Entity keys of speakers quoted (articles) or of the speaker (quotes). */
  public static final String SPEAKER = "speaker";

  /** Prefix of the per-type facet fields: facet_person, facet_org, facet_place. */
  public static final String FACET_PREFIX = "facet_";
}

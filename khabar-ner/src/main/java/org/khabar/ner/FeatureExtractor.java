package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Hindi feature templates of the tagger. Features come in four groups, so that a fast scorer
 * can precompute and cache all but the pairwise ones:
 *
 * <ul>
 *   <li>{@link #wordFeatures}: properties of one word seen at a relative offset -2..+2 (the word,
 *       affixes, shape, script, length, clusters, and membership in the postposition, honorific,
 *       designation, organisation-head, place-cue and speech-cue lists);
 *   <li>{@link #contextFeatures}: word bigrams around the current token ("ने कहा" after a name) and
 *       the distance to organisation heads, place cues and designations nearby;
 *   <li>{@link #gazetteerFeatures}: the gazetteer label of a neighbouring token;
 *   <li>{@link #tagFeatures}: the previous tag, alone and with the current word and its cluster.
 * </ul>
 *
 * The extractor is immutable and thread-safe.
 */
public final class FeatureExtractor {

  /** Words are read this far to either side of the current token. */
  public static final int WINDOW = 2;

  /** The previous tag at the first token of a sentence. */
  public static final String START_TAG = "<S>";

  static final String BEFORE = "\u0002<";
  static final String AFTER = "\u0003>";

  private final Lexicon lexicon;
  private final WordClusters clusters;
  private final int tagOrder;
  private final boolean clusterPairs;

  /** A first-order extractor: the previous tag only. */
  public FeatureExtractor(Lexicon lexicon, WordClusters clusters) {
    this(lexicon, clusters, 1);
  }

  /** An extractor without the cluster-context features. */
  public FeatureExtractor(Lexicon lexicon, WordClusters clusters, int tagOrder) {
    this(lexicon, clusters, tagOrder, false);
  }

  /**
   * An extractor that sees the previous tag ({@code tagOrder} 1) or the previous two ({@code
   * tagOrder} 2, see {@link #secondOrderFeatures}).
   */
  public FeatureExtractor(
      Lexicon lexicon, WordClusters clusters, int tagOrder, boolean clusterPairs) {
    if (tagOrder != 1 && tagOrder != 2) {
      throw new IllegalArgumentException("tag order must be 1 or 2, not " + tagOrder);
    }
    this.lexicon = lexicon;
    this.clusters = clusters;
    this.tagOrder = tagOrder;
    this.clusterPairs = clusterPairs;
  }

  /** Whether {@link #contextFeatures} include {@link #clusterContextFeatures}. */
  public boolean clusterPairs() {
    return clusterPairs;
  }

  /** How many previous tags the features see: 1 or 2. */
  public int tagOrder() {
    return tagOrder;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public WordClusters clusters() {
    return clusters;
  }

  /**
   * The features of {@code word} (a token's canonical form, or {@link #BEFORE}/{@link #AFTER} past
   * the sentence's ends) seen at {@code offset} from the current token.
   */
  public void wordFeatures(String word, int offset, Consumer<String> out) {
    wordFeatures(word, null, offset, out);
  }

  /** As {@link #wordFeatures(String, int, Consumer)}, with the word's key when already known. */
  void wordFeatures(String word, String knownKey, int offset, Consumer<String> out) {
    String o = Integer.toString(offset);
    if (word.equals(BEFORE) || word.equals(AFTER)) {
      out.accept("w" + o + "=" + word);
      return;
    }
    String key = knownKey != null ? knownKey : Words.key(word);
    int dist = Math.abs(offset);
    out.accept("w" + o + "=" + key);
    String lex = lexiconClass(key);
    if (lex != null) {
      out.accept("lex" + o + "=" + lex);
    }
    int[] cls = clusters.classesOf(key);
    int granularities =
        dist == 2 ? Math.min(1, clusters.granularities()) : clusters.granularities();
    for (int g = 0; g < granularities; g++) {
      out.accept("c" + g + "@" + o + "=" + (cls == null ? "none" : Integer.toString(cls[g])));
    }
    if (dist == 2) {
      return;
    }
    out.accept("sh" + o + "=" + Words.shape(word));
    out.accept("suf2" + o + "=" + Words.suffix(key, 2));
    if (offset != 0) {
      return;
    }
    out.accept("bias");
    out.accept("sc=" + Words.script(word));
    out.accept("len=" + Words.lengthBucket(key));
    for (int n = 1; n <= 4; n++) {
      if (key.length() > n) {
        out.accept("pre" + n + "=" + Words.prefix(key, n));
        if (n != 2) {
          out.accept("suf" + n + "=" + Words.suffix(key, n));
        }
      }
    }
  }

  /**
   * The word list a key belongs to: POST, HON, DES, ORGH, PLC or SPK (first match), or {@code
   * null}.
   */
  public String lexiconClass(String key) {
    if (lexicon.postpositions().contains(key)) {
      return "POST";
    }
    if (lexicon.honorifics().contains(key)) {
      return "HON";
    }
    if (lexicon.designations().contains(key)) {
      return "DES";
    }
    if (lexicon.orgHeads().contains(key)) {
      return "ORGH";
    }
    if (lexicon.placeCues().contains(key)) {
      return "PLC";
    }
    if (lexicon.speechCues().contains(key)) {
      return "SPK";
    }
    return null;
  }

  /**
   * Features of the sentence around position {@code i}: word bigrams ("ne kaha" after a name),
   * {@link #clusterContextFeatures} when the extractor has them, and the distance to the nearest
   * organisation head or place cue ahead (the start of "राष्ट्रीय विषाणु विज्ञान संस्थान" sees its
   * head three words on) and to the nearest designation or honorific behind. {@code keys} are the
   * {@link Words#key}s of the sentence's tokens, {@code lex} their {@link #lexiconClass} (or {@code
   * null}).
   */
  public void contextFeatures(String[] keys, String[] lex, int i, Consumer<String> out) {
    String prev = i > 0 ? keys[i - 1] : BEFORE;
    String next = i + 1 < keys.length ? keys[i + 1] : AFTER;
    String next2 = i + 2 < keys.length ? keys[i + 2] : AFTER;
    out.accept("w-1w0=" + prev + "|" + keys[i]);
    out.accept("w0w1=" + keys[i] + "|" + next);
    out.accept("w1w2=" + next + "|" + next2);
    if (clusterPairs) {
      clusterContextFeatures(keys, i, out);
    }
    for (int k = 1; k <= LOOK_AHEAD && i + k < keys.length; k++) {
      String c = lex[i + k];
      if ("ORGH".equals(c) || "PLC".equals(c)) {
        out.accept(c + ">" + k);
        break;
      }
      if ("POST".equals(c) || "SPK".equals(c)) {
        break;
      }
    }
    for (int k = 1; k <= LOOK_BEHIND && i - k >= 0; k++) {
      String c = lex[i - k];
      if ("DES".equals(c) || "HON".equals(c)) {
        out.accept(c + "<" + k);
        break;
      }
      if ("POST".equals(c)) {
        break;
      }
    }
  }

  /**
   * The classes of neighbouring words together (at the 256-class granularity: the word before with
   * this one, this one with the next, the two around it), and the coarsest class of the words three
   * to either side: an unseen name between two words of known classes ("के … ने") looks like the
   * names seen there.
   */
  public void clusterContextFeatures(String[] keys, int i, Consumer<String> out) {
    int g = clusters.granularities();
    if (g == 0) {
      return;
    }
    int fine = Math.min(1, g - 1);
    int here = clusters.classOf(keys[i], fine);
    String before = i > 0 ? Integer.toString(clusters.classOf(keys[i - 1], fine)) : "<";
    String after =
        i + 1 < keys.length ? Integer.toString(clusters.classOf(keys[i + 1], fine)) : ">";
    out.accept("cc-1=" + before + "|" + here);
    out.accept("cc+1=" + here + "|" + after);
    out.accept("cc-+=" + before + "|" + after);
    out.accept("c0@-3=" + (i >= 3 ? Integer.toString(clusters.classOf(keys[i - 3], 0)) : "<"));
    out.accept(
        "c0@3=" + (i + 3 < keys.length ? Integer.toString(clusters.classOf(keys[i + 3], 0)) : ">"));
  }

  /** How far ahead an organisation head or place cue is looked for. */
  static final int LOOK_AHEAD = 4;

  /** How far back a designation or honorific is looked for. */
  static final int LOOK_BEHIND = 3;

  /** The lexicon classes of a sentence's keys ({@code null} where none). */
  public String[] lexiconClasses(String[] keys) {
    String[] lex = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      lex[i] = lexiconClass(keys[i]);
    }
    return lex;
  }

  /**
   * The gazetteer label of the token at {@code offset} (-1..+1), one feature per part of a label
   * joined with {@code |}; nothing for {@code O}.
   */
  public void gazetteerFeatures(String label, int offset, Consumer<String> out) {
    if (Gazetteer.NONE_LABEL.equals(label)) {
      return;
    }
    int from = 0;
    for (int bar = label.indexOf('|'); bar >= 0; bar = label.indexOf('|', from)) {
      out.accept("gz" + offset + "=" + label.substring(from, bar));
      from = bar + 1;
    }
    out.accept("gz" + offset + "=" + label.substring(from));
  }

  /**
   * Features of the previous tag ({@link #START_TAG} at the first token) with the current word's
   * {@link Words#key}.
   */
  public void tagFeatures(String prevTag, String key, Consumer<String> out) {
    out.accept("t-1=" + prevTag);
    out.accept("t-1w0=" + prevTag + "|" + key);
    if (clusters.granularities() > 0) {
      int c = clusters.classOf(key, 0);
      out.accept("t-1c0=" + prevTag + "|" + c);
    }
  }

  /**
   * Features of the previous two tags ({@link #START_TAG} before the first token), alone and with
   * the current word's {@link Words#shape}: a name rarely runs to a third word after a title, and
   * an organisation's name does, which one previous tag cannot tell apart. Only for {@link
   * #tagOrder} 2.
   */
  public void secondOrderFeatures(String prev2, String prev, String word, Consumer<String> out) {
    out.accept("t-2t-1=" + prev2 + "|" + prev);
    out.accept("t-2t-1sh=" + prev2 + "|" + prev + "|" + Words.shape(word));
  }

  /**
   * As {@link #context(String[], String[], String[], String[], int, String, String)} for order 1.
   */
  public String[] context(
      String[] words, String[] keys, String[] lex, String[] gazetteer, int i, String prev) {
    return context(words, keys, lex, gazetteer, i, START_TAG, prev);
  }

  /**
   * All features of position {@code i} given the previous two tags ({@code prev2} is ignored by a
   * first-order extractor): what the learner sees. The fast scorer adds up the same features'
   * weights in another order.
   */
  public String[] context(
      String[] words,
      String[] keys,
      String[] lex,
      String[] gazetteer,
      int i,
      String prev2,
      String prev) {
    List<String> f = new ArrayList<>(64);
    observationFeatures(words, keys, lex, gazetteer, i, f::add);
    tagFeatures(prev, keys[i], f::add);
    if (tagOrder == 2) {
      secondOrderFeatures(prev2, prev, words[i], f::add);
    }
    return f.toArray(String[]::new);
  }

  /**
   * The features of position {@code i} that do not depend on tags: the words at -2..+2, the
   * sentence context and the gazetteer labels at -1..+1.
   */
  public void observationFeatures(
      String[] words,
      String[] keys,
      String[] lex,
      String[] gazetteer,
      int i,
      Consumer<String> out) {
    for (int k = -WINDOW; k <= WINDOW; k++) {
      wordFeatures(wordAt(words, i + k), k, out);
    }
    contextFeatures(keys, lex, i, out);
    for (int k = -1; k <= 1; k++) {
      int j = i + k;
      if (j >= 0 && j < words.length) {
        gazetteerFeatures(gazetteer[j], k, out);
      }
    }
  }

  static String wordAt(String[] words, int j) {
    if (j < 0) {
      return BEFORE;
    }
    return j < words.length ? words[j] : AFTER;
  }
}

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
 *   <li>{@link #pairFeatures}: word bigrams around the current token ("ने कहा" after a name);
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

  public FeatureExtractor(Lexicon lexicon, WordClusters clusters) {
    this.lexicon = lexicon;
    this.clusters = clusters;
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
    String o = Integer.toString(offset);
    if (word.equals(BEFORE) || word.equals(AFTER)) {
      out.accept("w" + o + "=" + word);
      return;
    }
    String key = Words.key(word);
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

  private String lexiconClass(String key) {
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
   * Word-bigram features around position {@code i}; {@code keys} are the {@link Words#key}s of the
   * sentence's tokens.
   */
  public void pairFeatures(String[] keys, int i, Consumer<String> out) {
    String prev = i > 0 ? keys[i - 1] : BEFORE;
    String next = i + 1 < keys.length ? keys[i + 1] : AFTER;
    String next2 = i + 2 < keys.length ? keys[i + 2] : AFTER;
    out.accept("w-1w0=" + prev + "|" + keys[i]);
    out.accept("w0w1=" + keys[i] + "|" + next);
    out.accept("w1w2=" + next + "|" + next2);
  }

  /** The gazetteer label of the token at {@code offset} (-1..+1); nothing for {@code O}. */
  public void gazetteerFeatures(String label, int offset, Consumer<String> out) {
    if (!Gazetteer.NONE_LABEL.equals(label)) {
      out.accept("gz" + offset + "=" + label);
    }
  }

  /** Features of the previous tag ({@link #START_TAG} at the first token) with the current word. */
  public void tagFeatures(String prevTag, String word, Consumer<String> out) {
    String key = Words.key(word);
    out.accept("t-1=" + prevTag);
    out.accept("t-1w0=" + prevTag + "|" + key);
    if (clusters.granularities() > 0) {
      int c = clusters.classOf(key, 0);
      out.accept("t-1c0=" + prevTag + "|" + c);
    }
  }

  /**
   * All features of position {@code i} given the previous tag: what the learner sees. The fast
   * scorer adds up the same features' weights in another order.
   */
  public String[] context(String[] words, String[] keys, String[] gazetteer, int i, String prev) {
    List<String> f = new ArrayList<>(64);
    for (int k = -WINDOW; k <= WINDOW; k++) {
      wordFeatures(wordAt(words, i + k), k, f::add);
    }
    pairFeatures(keys, i, f::add);
    for (int k = -1; k <= 1; k++) {
      int j = i + k;
      if (j >= 0 && j < words.length) {
        gazetteerFeatures(gazetteer[j], k, f::add);
      }
    }
    tagFeatures(prev, words[i], f::add);
    return f.toArray(String[]::new);
  }

  static String wordAt(String[] words, int j) {
    if (j < 0) {
      return BEFORE;
    }
    return j < words.length ? words[j] : AFTER;
  }
}

package org.khabar.archive.names;

import java.util.List;

/**
 * How a word is matched across scripts: the Latin forms under which a Devanagari word is indexed
 * (and a Latin word looked up), and a consonant skeleton that survives spelling variation (खरगे,
 * खड़गे, kharge → {@code khrg}). Implementations are pure and thread-safe; the default is {@link
 * IcuCrossScript}, built on ICU alone, and a knowledge-base-backed transliterator can replace it.
 */
public interface CrossScript {

  /**
   * The lower-case ASCII forms of one word, most likely spelling first (राहुल → rahul, rahula);
   * empty when the word has no letters.
   */
  List<String> romanizations(String word);

  /**
   * The consonant skeleton of one word in either script, or the empty string when it is shorter
   * than {@link #MIN_SKELETON} letters (short skeletons collide too often to be evidence).
   */
  String skeleton(String word);

  /** The shortest skeleton worth indexing. */
  int MIN_SKELETON = 3;

  /** The ICU-only default. */
  static CrossScript icu() {
    return IcuCrossScript.instance();
  }
}

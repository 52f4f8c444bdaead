package org.khabar.analysis.mentions;

import java.util.List;
import org.khabar.model.EntityType;
import org.khabar.model.Token;

/** Finds names the knowledge base knows in a token sequence (longest matches, both scripts). */
public interface KbMatcher {

  /**
   * A known name over tokens {@code [start, end)}: its type, the entry's id, and whether the alias
   * is ambiguous without context (राम, सिंह, आप) and so may only confirm what the tagger found.
   */
  record KbMatch(int start, int end, EntityType type, String kbId, boolean ambiguous) {}

  /** The non-overlapping longest matches within tokens {@code [from, to)}, in order. */
  List<KbMatch> find(List<Token> tokens, int from, int to);

  /**
   * Whether the word occurs in the name of an organisation the knowledge base knows ("लोक", "जनता",
   * "हिंदू"): such words may extend an organisation's name found by its head noun.
   */
  default boolean inOrganisationName(Token token) {
    return false;
  }
}

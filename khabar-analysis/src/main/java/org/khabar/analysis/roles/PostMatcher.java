package org.khabar.analysis.roles;

import java.util.List;
import org.khabar.model.Token;

/**
 * Finds post phrases (designations such as "प्रदेश अध्यक्ष", "डिप्टी सीएम") in a token sequence.
 */
public interface PostMatcher {

  /**
   * A post phrase of tokens {@code [start, end)}: the knowledge base's post id, and whether the
   * post means something only with the organisation it belongs to ("नेता" alone is not a post;
   * "भाजपा नेता" is).
   */
  record PostMatch(int start, int end, String postId, boolean needsOrg) {}

  /** The longest post phrase starting at token {@code i}, not crossing {@code limit}; or null. */
  PostMatch matchAt(List<Token> tokens, int i, int limit);
}

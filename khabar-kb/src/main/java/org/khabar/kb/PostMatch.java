package org.khabar.kb;

import java.util.List;
import java.util.Objects;
import org.khabar.model.TokenRange;

/**
 * A post phrase found in a token sequence: the tokens it covers (indices into the list given to
 * {@link Posts#matchAt}), the post, qualifiers written before it (केंद्रीय, राष्ट्रीय, प्रदेश are
 * part of some post names; here only केंद्रीय / Union for ministers), and whether the words may
 * mean something else (प्रमुख is also "main").
 */
public record PostMatch(TokenRange tokens, Post post, List<String> qualifiers, boolean ambiguous) {

  public PostMatch {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(post, "post");
    qualifiers = List.copyOf(qualifiers);
  }
}

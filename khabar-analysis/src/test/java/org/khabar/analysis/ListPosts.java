package org.khabar.analysis;

import java.util.List;
import org.khabar.analysis.lex.PhraseTrie;
import org.khabar.analysis.roles.PostMatcher;
import org.khabar.model.Token;

/** A post matcher over a short list of posts, for rule tests that must not depend on the KB. */
public final class ListPosts implements PostMatcher {

  private final PhraseTrie<String> trie = new PhraseTrie<>();
  private final List<String> needOrg;

  public ListPosts(List<String> posts, List<String> needOrg) {
    for (String p : posts) {
      trie.add(List.of(p.split(" ")), p);
    }
    for (String p : needOrg) {
      trie.add(List.of(p.split(" ")), p);
    }
    this.needOrg = needOrg;
  }

  public static ListPosts common() {
    return new ListPosts(
        List.of(
            "अध्यक्ष",
            "प्रदेश अध्यक्ष",
            "राष्ट्रीय अध्यक्ष",
            "महासचिव",
            "संगठन महासचिव",
            "प्रभारी",
            "मुख्यमंत्री",
            "सीएम",
            "डिप्टी सीएम",
            "उपमुख्यमंत्री",
            "प्रधानमंत्री",
            "पीएम",
            "मंत्री",
            "स्वास्थ्य मंत्री",
            "राज्यसभा सांसद",
            "सांसद",
            "विधायक",
            "प्रवक्ता",
            "राज्यपाल"),
        List.of("नेता"));
  }

  @Override
  public PostMatch matchAt(List<Token> tokens, int i, int limit) {
    PhraseTrie.Match<String> m = trie.longestAt(tokens, i, limit, Token::norm);
    return m == null
        ? null
        : new PostMatch(m.start(), m.end(), "post:" + m.value(), needOrg.contains(m.value()));
  }
}

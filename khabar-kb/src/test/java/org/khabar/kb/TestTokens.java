package org.khabar.kb;

import java.util.ArrayList;
import java.util.List;
import org.khabar.kb.build.SimpleTokenizer;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Token;

/** Builds tokenised documents with mentions for tests. */
public final class TestTokens {

  private TestTokens() {}

  public static List<Token> tokens(String text) {
    return SimpleTokenizer.tokenize(text);
  }

  /**
   * A document of the text whose mentions are given as "TYPE:surface" (every occurrence of the
   * surface, or "TYPE:surface@n" for the n-th occurrence only, counting from 1).
   */
  public static Document doc(String text, String... mentions) {
    List<Token> toks = tokens(text);
    List<Mention> ms = new ArrayList<>();
    for (String m : mentions) {
      int colon = m.indexOf(':');
      EntityType type = EntityType.valueOf(m.substring(0, colon));
      String surface = m.substring(colon + 1);
      int only = 0;
      int at = surface.lastIndexOf('@');
      if (at > 0) {
        only = Integer.parseInt(surface.substring(at + 1));
        surface = surface.substring(0, at);
      }
      int n = 0;
      for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
        n++;
        if (only == 0 || only == n) {
          CharSpan span = new CharSpan(i, i + surface.length());
          ms.add(
              new Mention(
                  span,
                  SimpleTokenizer.covering(toks, span),
                  surface,
                  type,
                  Provenance.of("test", "given", 1.0)));
        }
      }
      if (n == 0) {
        throw new IllegalArgumentException("'" + surface + "' is not in the text");
      }
    }
    return Document.of(new Article("t", null, "", text, null))
        .withSentencesAndTokens(List.of(), toks)
        .withMentions(ms);
  }
}

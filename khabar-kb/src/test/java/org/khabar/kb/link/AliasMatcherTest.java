package org.khabar.kb.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.TestTokens;
import org.khabar.model.EntityType;
import org.khabar.model.Token;

class AliasMatcherTest {

  private static final AliasMatcher M = new AliasMatcher(KnowledgeBase.shipped());

  private static List<String> found(String text) {
    return M.find(TestTokens.tokens(text)).stream().map(m -> m.entry().id()).toList();
  }

  @Nested
  class LongestNames {
    @Test
    void prefersTheLongestNameAtEachToken() {
      List<AliasMatcher.Match> ms = M.find(TestTokens.tokens("राष्ट्रीय जनता दल के नेता ने कहा"));
      assertThat(ms).hasSize(1);
      assertThat(ms.get(0).entry().id()).isEqualTo("party:rjd");
      assertThat(ms.get(0).tokens().size()).isEqualTo(3);
    }

    @Test
    void findsAllNamesOfASentenceInBothScripts() {
      assertThat(found("मल्लिकार्जुन खरगे ने बिहार में RJD और जदयू पर हमला बोला"))
          .containsExactly("person:mallikarjun-kharge", "place:bihar", "party:rjd", "party:jdu");
    }

    @Test
    void findAllKeepsAPlaceInsideAnOrganisation() {
      List<AliasMatcher.Match> all = M.findAll(TestTokens.tokens("बिहार विधानसभा में"));
      assertThat(all).extracting(m -> m.entry().id()).containsExactly("org:bihar-vidhan-sabha");
      List<Token> toks = TestTokens.tokens("बिहार विधानसभा में");
      assertThat(M.matchAt(toks, 0).entry().id()).isEqualTo("org:bihar-vidhan-sabha");
    }
  }

  @Nested
  class Spelling {
    @Test
    void ignoresCaseOfLatinNames() {
      assertThat(found("rjd aur bjp")).containsExactly("party:rjd", "party:bjp");
    }

    @Test
    void ignoresNuktaAndChandrabindu() {
      assertThat(found("खड़गे और गाँधी जी")).contains("person:mallikarjun-kharge");
      assertThat(found("खडगे")).containsExactly("person:mallikarjun-kharge");
    }
  }

  @Nested
  class Ambiguity {
    @Test
    void flagsAPronounThatIsAlsoAParty() {
      AliasMatcher.Match m = M.find(TestTokens.tokens("आप कहां जा रहे हैं")).get(0);
      assertThat(m.entry().id()).isEqualTo("party:aap");
      assertThat(m.ambiguous()).isTrue();
      assertThat(m.type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void doesNotFlagAFullName() {
      AliasMatcher.Match m = M.find(TestTokens.tokens("आम आदमी पार्टी ने कहा")).get(0);
      assertThat(m.ambiguous()).isFalse();
    }

    @Test
    void flagsANameSharedByTwoEntriesAndListsThem() {
      AliasMatcher.Match m = M.find(TestTokens.tokens("औरंगाबाद में मतदान")).get(0);
      assertThat(m.ambiguous()).isTrue();
      assertThat(m.candidates())
          .extracting(e -> e.id())
          .contains("place:aurangabad", "place:aurangabad-mh");
    }
  }

  @Test
  void reportsDocumentTokenIndices() {
    List<Token> toks = TestTokens.tokens("कल पटना में नीतीश कुमार बोले");
    List<AliasMatcher.Match> ms = M.find(toks.subList(3, toks.size()));
    assertThat(ms.get(0).entry().id()).isEqualTo("person:nitish-kumar");
    assertThat(ms.get(0).tokens().first()).isEqualTo(3);
    assertThat(ms.get(0).tokens().end()).isEqualTo(5);
  }
}

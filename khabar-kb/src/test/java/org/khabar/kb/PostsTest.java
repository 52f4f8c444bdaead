package org.khabar.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.model.Token;

class PostsTest {

  private static final Posts POSTS = KnowledgeBase.shipped().posts();

  private static Optional<PostMatch> at(String text, int i) {
    List<Token> toks = TestTokens.tokens(text);
    return POSTS.matchAt(toks, i);
  }

  private static String postAt(String text, int i) {
    return at(text, i).map(m -> m.post().id()).orElse(null);
  }

  @Nested
  class PartyOffices {
    @Test
    void takesTheLongestPhrase() {
      assertThat(postAt("कांग्रेस के संगठन महासचिव केसी वेणुगोपाल", 2))
          .isEqualTo("post:sangathan-mahasachiv");
      assertThat(postAt("भाजपा के प्रदेश अध्यक्ष ने कहा", 2)).isEqualTo("post:pradesh-adhyaksh");
      assertThat(postAt("प्रदेशाध्यक्ष ने कहा", 0)).isEqualTo("post:pradesh-adhyaksh");
      assertThat(postAt("राष्ट्रीय अध्यक्ष जेपी नड्डा", 0)).isEqualTo("post:rashtriya-adhyaksh");
    }

    @Test
    void coversTheMatchedTokens() {
      PostMatch m = at("पार्टी के राष्ट्रीय प्रवक्ता ने", 2).orElseThrow();
      assertThat(m.tokens().first()).isEqualTo(2);
      assertThat(m.tokens().end()).isEqualTo(4);
      assertThat(m.post().takesOrg()).isTrue();
    }
  }

  @Nested
  class GovernmentOffices {
    @Test
    void readsAbbreviationsAndEnglishLoans() {
      assertThat(postAt("डिप्टी सीएम तेजस्वी", 0)).isEqualTo("post:upmukhyamantri");
      assertThat(postAt("उपमुख्यमंत्री तेजस्वी", 0)).isEqualTo("post:upmukhyamantri");
      assertThat(postAt("सीएम नीतीश", 0)).isEqualTo("post:mukhyamantri");
      assertThat(postAt("पीएम मोदी", 0)).isEqualTo("post:pradhanmantri");
      assertThat(postAt("Deputy CM", 0)).isEqualTo("post:upmukhyamantri");
    }

    @Test
    void knowsWhatAPostIsOf() {
      Post cm = POSTS.get("post:mukhyamantri").orElseThrow();
      assertThat(cm.takesPlace()).isTrue();
      assertThat(cm.takesOrg()).isFalse();
      assertThat(cm.english()).isEqualTo("Chief Minister");
      assertThat(cm.postKind()).isEqualTo(Post.PostKind.GOVERNMENT);
    }
  }

  @Nested
  class MinisterialPortfolios {
    @Test
    void everyPortfolioMakesAMinister() {
      assertThat(postAt("स्वास्थ्य मंत्री मंगल पांडेय", 0)).isEqualTo("post:swasthya-mantri");
      assertThat(postAt("गृहमंत्री अमित शाह", 0)).isEqualTo("post:grih-mantri");
      assertThat(postAt("सड़क परिवहन एवं राजमार्ग मंत्री", 0))
          .isEqualTo("post:sadak-parivahan-mantri");
      assertThat(POSTS.get("post:swasthya-mantri").orElseThrow().english())
          .isEqualTo("Health Minister");
    }

    @Test
    void keepsTheUnionQualifier() {
      PostMatch m = at("केंद्रीय गृह मंत्री अमित शाह", 0).orElseThrow();
      assertThat(m.post().id()).isEqualTo("post:grih-mantri");
      assertThat(m.qualifiers()).containsExactly("केंद्रीय");
      assertThat(m.tokens().size()).isEqualTo(3);
    }

    @Test
    void readsMinistersOfState() {
      assertThat(postAt("गृह राज्य मंत्री नित्यानंद राय", 0)).isEqualTo("post:grih-rajya-mantri");
      assertThat(postAt("राज्य मंत्री", 0)).isEqualTo("post:rajya-mantri");
    }
  }

  @Nested
  class Seats {
    @Test
    void readsLegislativeSeats() {
      assertThat(postAt("राज्यसभा सांसद मनोज झा", 0)).isEqualTo("post:rajyasabha-sansad");
      assertThat(postAt("विधायक ने", 0)).isEqualTo("post:vidhayak");
      assertThat(postAt("नेता प्रतिपक्ष", 0)).isEqualTo("post:neta-pratipaksh");
    }
  }

  @Nested
  class Ambiguity {
    @Test
    void flagsPostWordsThatAreAlsoOrdinaryWords() {
      assertThat(at("प्रमुख नेताओं ने", 0).orElseThrow().ambiguous()).isTrue();
      assertThat(at("जिलाधिकारी ने", 0).orElseThrow().ambiguous()).isFalse();
    }

    @Test
    void findsNothingWhereNoPostStarts() {
      assertThat(at("उन्होंने कहा कि", 0)).isEmpty();
      assertThat(at("वरिष्ठ", 0)).isEmpty();
    }
  }

  @Test
  void namesAPostByAnyOfItsSpellings() {
    assertThat(POSTS.byName("डिप्टी सीएम")).map(Post::id).hasValue("post:upmukhyamantri");
    assertThat(POSTS.byName("गृहमंत्री")).map(Post::id).hasValue("post:grih-mantri");
  }
}

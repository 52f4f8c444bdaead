package org.khabar.analysis.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.analysis.Docs;
import org.khabar.analysis.ListPosts;
import org.khabar.model.Document;
import org.khabar.model.Role;
import org.khabar.text.Canonicalizer;

class RoleStageTest {

  private static final RoleStage ROLES =
      new RoleStage(ListPosts.common(), s -> Canonicalizer.canonicalize(s).text());

  private static Document run(Docs d) {
    return ROLES.apply(d.build());
  }

  private static String name(Document d, String id) {
    return id == null ? null : d.entity(id).name();
  }

  @Nested
  class Apposition {
    @Test
    void organisationPostName() {
      Document d =
          run(
              Docs.of("जनता पार्टी अध्यक्ष सुरेश नायक आज पटना पहुंचे।")
                  .org("जनता पार्टी")
                  .person("सुरेश नायक")
                  .place("पटना"));
      assertThat(d.roles())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(name(d, r.personId())).isEqualTo("सुरेश नायक");
                assertThat(r.post()).isEqualTo("अध्यक्ष");
                assertThat(name(d, r.orgId())).isEqualTo("जनता पार्टी");
                assertThat(r.former()).isFalse();
                assertThat(r.evidence().in(d.text())).isEqualTo("जनता पार्टी अध्यक्ष सुरेश नायक");
              });
    }

    @Test
    void formerPost() {
      Document d = run(Docs.of("पूर्व मुख्यमंत्री कमला देवी ने भाषण दिया।").person("कमला देवी"));
      assertThat(d.roles())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.post()).isEqualTo("मुख्यमंत्री");
                assertThat(r.former()).isTrue();
                assertThat(r.evidence().in(d.text())).isEqualTo("पूर्व मुख्यमंत्री कमला देवी");
              });
    }

    @Test
    void abbreviatedPost() {
      Document d = run(Docs.of("सीएम अजय पाल ने बैठक ली।").person("अजय पाल"));
      assertThat(d.roles()).extracting(Role::post).containsExactly("सीएम");
    }

    @Test
    void honorificBetweenPostAndName() {
      Document d = run(Docs.of("प्रवक्ता श्री दीपक जैन ने जवाब दिया।").person("दीपक जैन"));
      assertThat(d.roles()).extracting(Role::post).containsExactly("प्रवक्ता");
    }
  }

  @Nested
  class Genitive {
    @Test
    void placeOfTheOffice() {
      Document d =
          run(
              Docs.of("राजस्थान के मुख्यमंत्री विजय सिंह ने कहा।")
                  .place("राजस्थान")
                  .person("विजय सिंह"));
      assertThat(d.roles())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(name(d, r.placeId())).isEqualTo("राजस्थान");
                assertThat(r.orgId()).isNull();
                assertThat(r.evidence().in(d.text()))
                    .isEqualTo("राजस्थान के मुख्यमंत्री विजय सिंह");
              });
    }

    @Test
    void organisationWithFeminineGenitive() {
      Document d =
          run(
              Docs.of("महिला आयोग की अध्यक्ष नीना गुप्ता पहुंचीं।")
                  .org("महिला आयोग")
                  .person("नीना गुप्ता"));
      assertThat(d.roles())
          .singleElement()
          .satisfies(r -> assertThat(name(d, r.orgId())).isEqualTo("महिला आयोग"));
    }

    @Test
    void placeWithLocative() {
      Document d =
          run(Docs.of("असम में प्रवक्ता नेहा बरुआ ने बात की।").place("असम").person("नेहा बरुआ"));
      assertThat(d.roles())
          .singleElement()
          .satisfies(r -> assertThat(name(d, r.placeId())).isEqualTo("असम"));
    }

    @Test
    void locativeDoesNotMakeAnOrganisationTheQualifier() {
      Document d =
          run(
              Docs.of("जनता पार्टी में प्रवक्ता नेहा बरुआ हैं।")
                  .org("जनता पार्टी")
                  .person("नेहा बरुआ"));
      assertThat(d.roles()).singleElement().satisfies(r -> assertThat(r.orgId()).isNull());
    }

    @Test
    void formerAfterGenitive() {
      Document d =
          run(
              Docs.of("जनता पार्टी के पूर्व अध्यक्ष सुरेश नायक आए।")
                  .org("जनता पार्टी")
                  .person("सुरेश नायक"));
      assertThat(d.roles())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.former()).isTrue();
                assertThat(name(d, r.orgId())).isEqualTo("जनता पार्टी");
              });
    }
  }

  @Nested
  class ListsAndChains {
    @Test
    void aListSharesItsOrganisation() {
      Document d =
          run(
              Docs.of(
                      "बैठक में जनता पार्टी के संगठन महासचिव अमर सेन, राज्य प्रभारी बीना दास, प्रदेश अध्यक्ष कुणाल राय और पूर्व प्रदेश अध्यक्ष एवं राज्यसभा सांसद मीरा पांडे मौजूद रहे।")
                  .org("जनता पार्टी")
                  .person("अमर सेन")
                  .person("बीना दास")
                  .person("कुणाल राय")
                  .person("मीरा पांडे"));
      assertThat(d.roles())
          .extracting(r -> name(d, r.personId()), Role::post, r -> name(d, r.orgId()), Role::former)
          .containsExactlyInAnyOrder(
              tuple("अमर सेन", "संगठन महासचिव", "जनता पार्टी", false),
              tuple("बीना दास", "प्रभारी", "जनता पार्टी", false),
              tuple("कुणाल राय", "प्रदेश अध्यक्ष", "जनता पार्टी", false),
              tuple("मीरा पांडे", "राज्यसभा सांसद", "जनता पार्टी", false),
              tuple("मीरा पांडे", "प्रदेश अध्यक्ष", "जनता पार्टी", true));
    }

    @Test
    void coordinatedFormerPostInheritsTheOrganisation() {
      Document d =
          run(
              Docs.of("जनता पार्टी अध्यक्ष सुरेश नायक और पूर्व अध्यक्ष रवि कांत ने भाग लिया।")
                  .org("जनता पार्टी")
                  .person("सुरेश नायक")
                  .person("रवि कांत"));
      assertThat(d.roles())
          .extracting(r -> name(d, r.personId()), Role::post, r -> name(d, r.orgId()), Role::former)
          .containsExactlyInAnyOrder(
              tuple("सुरेश नायक", "अध्यक्ष", "जनता पार्टी", false),
              tuple("रवि कांत", "अध्यक्ष", "जनता पार्टी", true));
    }
  }

  @Nested
  class NeedsOrganisation {
    @Test
    void leaderOfAParty() {
      Document d =
          run(
              Docs.of("जनता पार्टी नेता अरुण जोशी ने आरोप लगाया।")
                  .org("जनता पार्टी")
                  .person("अरुण जोशी"));
      assertThat(d.roles()).singleElement().satisfies(r -> assertThat(r.post()).isEqualTo("नेता"));
    }

    @Test
    void leaderAloneIsNoPost() {
      Document d = run(Docs.of("नेता अरुण जोशी ने आरोप लगाया।").person("अरुण जोशी"));
      assertThat(d.roles()).isEmpty();
    }

    @Test
    void seniorLeaderOfAParty() {
      Document d =
          run(
              Docs.of("जनता पार्टी के वरिष्ठ नेता अरुण जोशी ने कहा।")
                  .org("जनता पार्टी")
                  .person("अरुण जोशी"));
      assertThat(d.roles())
          .singleElement()
          .satisfies(r -> assertThat(name(d, r.orgId())).isEqualTo("जनता पार्टी"));
    }
  }

  @Nested
  class Copula {
    @Test
    void relativeClause() {
      Document d =
          run(
              Docs.of("अरुण जोशी, जो राज्य के स्वास्थ्य मंत्री हैं, अस्पताल गए।")
                  .person("अरुण जोशी"));
      assertThat(d.roles())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.post()).isEqualTo("स्वास्थ्य मंत्री");
                assertThat(r.provenance().rule()).isEqualTo("copula");
              });
    }

    @Test
    void aRelativeClauseAfterTheVerbDescribesTheNearestPerson() {
      Document d =
          run(
              Docs.of("मीना राव ने अरुण जोशी को हराया है जो मंत्री रह चुके हैं।")
                  .person("मीना राव")
                  .person("अरुण जोशी"));
      assertThat(d.roles())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(name(d, r.personId())).isEqualTo("अरुण जोशी");
                assertThat(r.post()).isEqualTo("मंत्री");
                assertThat(r.former()).isTrue();
                assertThat(r.provenance().rule()).isEqualTo("copula.extraposed");
              });
    }

    @Test
    void aRelativeClauseTooFarFromTheNameDescribesNobody() {
      Document d =
          run(
              Docs.of("अरुण जोशी ने कल शाम शहर के बड़े मैदान में भाषण दिया जो मंत्री रह चुके हैं।")
                  .person("अरुण जोशी"));
      assertThat(d.roles()).isEmpty();
    }
  }

  @Test
  void noPostNoRole() {
    Document d = run(Docs.of("अरुण जोशी ने अस्पताल का दौरा किया।").person("अरुण जोशी"));
    assertThat(d.roles()).isEmpty();
  }
}

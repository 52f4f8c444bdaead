package org.khabar.kb.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.TestTokens;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Layer;
import org.khabar.model.Mention;
import org.khabar.pipeline.Pipeline;
import org.khabar.translit.Translit;

class EntityStageTest {

  private static final EntityStage STAGE =
      new EntityStage(KnowledgeBase.shipped(), Translit.shipped());

  private static List<Entity> link(String text, String... mentions) {
    return STAGE.apply(TestTokens.doc(text, mentions)).entities();
  }

  private static Entity holding(List<Entity> es, String surface) {
    return es.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(surface)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity holds " + surface));
  }

  @Nested
  class AbbreviationsAndFullForms {
    @Test
    void anAbbreviationAndItsFullFormAreOneLinkedEntity() {
      List<Entity> es =
          link(
              "राष्ट्रीय जनता दल ने बैठक बुलाई। राजद के विधायक पहुंचे। RJD ने बयान जारी किया।",
              "ORG:राष्ट्रीय जनता दल",
              "ORG:राजद",
              "ORG:RJD");
      assertThat(es).hasSize(1);
      assertThat(es.get(0).kbId()).isEqualTo("party:rjd");
      assertThat(es.get(0).name()).isEqualTo("राष्ट्रीय जनता दल");
      assertThat(es.get(0).latin()).isEqualTo("Rashtriya Janata Dal");
      assertThat(es.get(0).provenance().rule()).isEqualTo("exact-alias");
    }

    @Test
    void aStateUnitOfAPartyIsTheParty() {
      List<Entity> es = link("बिहार कांग्रेस ने धरना दिया।", "ORG:बिहार कांग्रेस");
      assertThat(es.get(0).kbId()).isEqualTo("party:inc");
      assertThat(es.get(0).provenance().rule()).isEqualTo("state-unit");
    }

    @Test
    void aStatesMinistryIsNotTheUnionMinistry() {
      String text =
          "गुजरात के स्वास्थ्य मंत्रालय ने आंकड़े दिए। स्वास्थ्य मंत्रालय ने भी बयान दिया।";
      List<Entity> es = link(text, "PLACE:गुजरात", "ORG:स्वास्थ्य मंत्रालय");
      List<Entity> ministries = es.stream().filter(e -> e.type() == EntityType.ORG).toList();
      assertThat(ministries).hasSize(2);
      assertThat(ministries)
          .extracting(Entity::kbId)
          .containsExactlyInAnyOrder(null, "org:swasthya-mantralaya");
      Entity state = ministries.stream().filter(e -> e.kbId() == null).findFirst().orElseThrow();
      assertThat(state.mentions())
          .singleElement()
          .extracting(Mention::begin)
          .isEqualTo(text.indexOf("स्वास्थ्य मंत्रालय"));
    }
  }

  @Nested
  class ScriptAndSpellingVariants {
    @Test
    void khadgeAndKhargeAreOnePerson() {
      List<Entity> es =
          link(
              "मल्लिकार्जुन खड़गे दिल्ली पहुंचे। खरगे ने कहा कि Kharge की बात सुनी जाए।",
              "PERSON:मल्लिकार्जुन खड़गे",
              "PERSON:खरगे",
              "PERSON:Kharge");
      assertThat(es).hasSize(1);
      assertThat(es.get(0).kbId()).isEqualTo("person:mallikarjun-kharge");
      assertThat(es.get(0).mentions()).hasSize(3);
    }

    @Test
    void aLatinOnlyEntryIsReachedThroughTransliteration() {
      List<Entity> es = link("मंडी में भारी बारिश हुई।", "PLACE:मंडी");
      assertThat(es.get(0).kbId()).isEqualTo("place:mandi");
      assertThat(es.get(0).provenance().rule()).isEqualTo("translit-alias");
    }
  }

  @Nested
  class ShortForms {
    @Test
    void aSurnameJoinsTheFullNameOfTheArticle() {
      List<Entity> es =
          link(
              "तेजस्वी यादव ने पटना में सभा की। तेजस्वी ने कहा कि यादव समाज साथ है।",
              "PERSON:तेजस्वी यादव",
              "PERSON:तेजस्वी@2");
      assertThat(es).hasSize(1);
      assertThat(es.get(0).kbId()).isEqualTo("person:tejashwi-yadav");
      assertThat(es.get(0).name()).isEqualTo("तेजस्वी यादव");
    }

    @Test
    void anUnknownPersonKeepsShortAndFullFormsTogether() {
      List<Entity> es =
          link(
              "सुधीर देहरिया ने शिकायत की। देहरिया ने बताया कि जांच होगी।",
              "PERSON:सुधीर देहरिया",
              "PERSON:देहरिया@2");
      assertThat(es).hasSize(1);
      assertThat(es.get(0).kbId()).isNull();
      assertThat(es.get(0).provenance().rule()).isEqualTo("new");
    }

    @Test
    void initialsJoinTheSpelledOutName() {
      List<Entity> es =
          link(
              "राम प्रकाश मिगलानी आए। आरपी मिगलानी ने कहा। आर पी मिगलानी लौटे।",
              "PERSON:राम प्रकाश मिगलानी",
              "PERSON:आरपी मिगलानी",
              "PERSON:आर पी मिगलानी");
      assertThat(es).hasSize(1);
      assertThat(es.get(0).name()).isEqualTo("राम प्रकाश मिगलानी");
    }

    @Test
    void aSharedSurnameStaysUnresolved() {
      List<Entity> es =
          link(
              "राहुल गांधी और सोनिया गांधी बैठक में थे। बाद में गांधी ने बयान दिया।",
              "PERSON:राहुल गांधी",
              "PERSON:सोनिया गांधी",
              "PERSON:गांधी@3");
      assertThat(es).hasSize(3);
      Entity gandhi = holding(es, "गांधी");
      assertThat(gandhi.mentions()).hasSize(1);
      assertThat(gandhi.kbId()).isNull();
      assertThat(gandhi.provenance().rule()).isEqualTo("unresolved");
      assertThat(gandhi.candidates())
          .extracting(c -> c.kbId())
          .containsExactlyInAnyOrder("person:rahul-gandhi", "person:sonia-gandhi");
    }

    @Test
    void aLocalUnitKeepsItsShortForm() {
      List<Entity> es =
          link("भोपाल एम्स में जांच हुई। एम्स के निदेशक ने बताया।", "ORG:भोपाल एम्स", "ORG:एम्स@2");
      assertThat(es).hasSize(1);
      assertThat(es.get(0).kbId()).isNull();
    }

    @Test
    void aPlaceWithAGenericWordIsThePlace() {
      List<Entity> es =
          link(
              "कोसी नदी उफान पर है। कोसी का पानी गांवों में घुसा।",
              "PLACE:कोसी नदी",
              "PLACE:कोसी@2");
      assertThat(es).hasSize(1);
      assertThat(es.get(0).kbId()).isEqualTo("place:kosi");
    }
  }

  @Nested
  class AmbiguousNames {
    @Test
    void aFirstNameAloneIsNotLinked() {
      List<Entity> es = link("राहुल ने कहा कि वे आएंगे।", "PERSON:राहुल");
      assertThat(es.get(0).kbId()).isNull();
      assertThat(es.get(0).candidates()).extracting(c -> c.kbId()).contains("person:rahul-gandhi");
    }

    @Test
    void thePronounPartyIsLinkedWhenTheArticleNamesIt() {
      List<Entity> es =
          link(
              "आम आदमी पार्टी ने उम्मीदवार घोषित किए। आप के नेता खुश हैं।",
              "ORG:आम आदमी पार्टी",
              "ORG:आप");
      assertThat(es).hasSize(1);
      assertThat(es.get(0).kbId()).isEqualTo("party:aap");
    }

    @Test
    void aCommonSurnameOfACompiledCandidateIsNotLinked() {
      List<Entity> es = link("अजय कुमार ने शिकायत दर्ज कराई।", "PERSON:अजय कुमार");
      assertThat(es.get(0).kbId()).isNull();
    }
  }

  @Nested
  class HyphenPairs {
    @Test
    void twoPeopleJoinedByAHyphenAreTwoPeople() {
      List<Entity> es =
          link("लालू-तेजस्वी की जोड़ी ने प्रचार किया।", "PERSON:लालू", "PERSON:तेजस्वी");
      assertThat(es)
          .extracting(Entity::kbId)
          .containsExactly("person:lalu-prasad-yadav", "person:tejashwi-yadav");
    }

    @Test
    void aSingleMentionAcrossTheHyphenIsSplit() {
      List<Entity> es = link("लालू-तेजस्वी की जोड़ी ने प्रचार किया।", "PERSON:लालू-तेजस्वी");
      assertThat(es)
          .extracting(Entity::kbId)
          .containsExactly("person:lalu-prasad-yadav", "person:tejashwi-yadav");
      assertThat(es.get(0).mentions().get(0).text()).isEqualTo("लालू");
      assertThat(es.get(0).mentions().get(0).provenance().rule()).isEqualTo("hyphen-split");
    }
  }

  @Nested
  class TaggerTypes {
    @Test
    void theKnowledgeBaseTypeWinsForAnUnambiguousPartyName() {
      List<Entity> es = link("भाजपा ने बैठक की।", "PERSON:भाजपा");
      assertThat(es.get(0).type()).isEqualTo(EntityType.ORG);
      assertThat(es.get(0).mentions().get(0).type()).isEqualTo(EntityType.ORG);
      assertThat(es.get(0).kbId()).isEqualTo("party:bjp");
    }

    @Test
    void peopleAreNeverRetyped() {
      List<Entity> es = link("मोदी सरकार ने कहा।", "ORG:मोदी");
      assertThat(es.get(0).type()).isEqualTo(EntityType.ORG);
      assertThat(es.get(0).kbId()).isNull();
    }
  }

  @Nested
  class TitlesAndHonorifics {
    @Test
    void areCutOffPersonMentions() {
      List<Entity> es =
          link(
              "श्री नीतीश कुमार जी ने पीएम मोदी से बात की।",
              "PERSON:श्री नीतीश कुमार जी",
              "PERSON:पीएम मोदी");
      assertThat(es)
          .extracting(Entity::kbId)
          .containsExactly("person:nitish-kumar", "person:narendra-modi");
      assertThat(es.get(0).mentions().get(0).text()).isEqualTo("नीतीश कुमार");
      assertThat(es.get(1).mentions().get(0).text()).isEqualTo("मोदी");
    }
  }

  @Nested
  class UnknownNames {
    @Test
    void becomeNewEntitiesWithTransliteratedNames() {
      List<Entity> es = link("रामखिलावन पासी ने धरना दिया।", "PERSON:रामखिलावन पासी");
      assertThat(es.get(0).kbId()).isNull();
      assertThat(es.get(0).provenance().rule()).isEqualTo("new");
      assertThat(es.get(0).latin()).startsWith("Ram");
    }

    @Test
    void getTheSameKeyInTwoArticles() {
      Entity a = link("रामखिलावन पासी ने कहा।", "PERSON:रामखिलावन पासी").get(0);
      Entity b = link("कल रामख़िलावन पासी\u200C भी आए।", "PERSON:रामख़िलावन पासी").get(0);
      assertThat(EntityKeys.key(a)).isEqualTo(EntityKeys.key(b)).startsWith("new:person:");
    }

    @Test
    void linkedEntitiesAreKeyedByTheirId() {
      Entity e = link("नीतीश कुमार ने कहा।", "PERSON:नीतीश कुमार").get(0);
      assertThat(EntityKeys.key(e)).isEqualTo("person:nitish-kumar");
    }
  }

  @Nested
  class EntitiesOfADocument {
    @Test
    void areNumberedInOrderOfFirstMention() {
      List<Entity> es =
          link(
              "पटना में नीतीश कुमार ने भाजपा नेताओं से मुलाकात की। नीतीश ने कहा।",
              "PLACE:पटना",
              "PERSON:नीतीश कुमार",
              "ORG:भाजपा",
              "PERSON:नीतीश@2");
      assertThat(es).extracting(Entity::id).containsExactly("e1", "e2", "e3");
      assertThat(es)
          .extracting(Entity::kbId)
          .containsExactly("place:patna", "person:nitish-kumar", "party:bjp");
    }

    @Test
    void workInAPipeline() {
      Pipeline p =
          new Pipeline(
              List.of(
                  new org.khabar.pipeline.Stage() {
                    @Override
                    public String name() {
                      return "given";
                    }

                    @Override
                    public Set<Layer> requires() {
                      return Set.of();
                    }

                    @Override
                    public Set<Layer> produces() {
                      return Set.of(Layer.TOKENS, Layer.MENTIONS);
                    }

                    @Override
                    public Document apply(Document d) {
                      return TestTokens.doc("राजद ने कहा।", "ORG:राजद");
                    }
                  },
                  STAGE));
      Document d = p.apply(TestTokens.doc("राजद ने कहा।"));
      assertThat(d.has(Layer.ENTITIES)).isTrue();
      assertThat(STAGE.name()).isEqualTo("link");
    }
  }

  @Nested
  class Invariants {
    private static final String[] NAMES = {
      "नीतीश कुमार",
      "नीतीश",
      "भाजपा",
      "राजद",
      "पटना",
      "बिहार",
      "राहुल गांधी",
      "गांधी",
      "आप",
      "रामखिलावन पासी",
      "पासी",
      "खरगे",
      "Kharge",
      "लालू-तेजस्वी",
      "यूपी",
      "कुमार"
    };
    private static final EntityType[] TYPES = EntityType.values();

    @Test
    void everyMentionEndsUpInExactlyOneEntity() {
      long seed = System.nanoTime();
      Random r = new Random(seed);
      for (int round = 0; round < 30; round++) {
        StringBuilder text = new StringBuilder();
        List<String> mentions = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < 6; i++) {
          String n = NAMES[r.nextInt(NAMES.length)];
          text.append(n).append(" ने कहा। ");
          if (used.add(n)) {
            mentions.add(TYPES[r.nextInt(TYPES.length)] + ":" + n);
          }
        }
        Document d = TestTokens.doc(text.toString(), dedupeNested(mentions));
        List<Entity> es = STAGE.apply(d).entities();
        int total = es.stream().mapToInt(e -> e.mentions().size()).sum();
        Set<org.khabar.model.CharSpan> spans = new HashSet<>();
        es.forEach(e -> e.mentions().forEach(m -> spans.add(m.span())));
        assertThat(spans).as("seed " + seed).hasSize(total);
        for (Entity e : es) {
          for (Mention m : e.mentions()) {
            assertThat(m.span().in(d.text())).as("seed " + seed).isEqualTo(m.text());
            assertThat(m.type()).as("seed " + seed).isEqualTo(e.type());
          }
        }
      }
    }

    private String[] dedupeNested(List<String> mentions) {
      // a surface inside another chosen surface would double its occurrences; keep it simple
      List<String> out = new ArrayList<>();
      for (String m : mentions) {
        String s = m.substring(m.indexOf(':') + 1);
        boolean inside =
            mentions.stream()
                .map(o -> o.substring(o.indexOf(':') + 1))
                .anyMatch(o -> !o.equals(s) && o.contains(s));
        if (!inside) {
          out.add(m);
        }
      }
      return out.toArray(new String[0]);
    }

    @Test
    void givesTheSameEntitiesInSeveralThreads() throws Exception {
      Document d =
          TestTokens.doc(
              "मल्लिकार्जुन खरगे और तेजस्वी यादव पटना में मिले। खरगे ने कहा कि राजद साथ है।",
              "PERSON:मल्लिकार्जुन खरगे",
              "PERSON:तेजस्वी यादव",
              "PLACE:पटना",
              "PERSON:खरगे@2",
              "ORG:राजद");
      List<Entity> expected = STAGE.apply(d).entities();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<Entity>>> fs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          fs.add(pool.submit(() -> STAGE.apply(d).entities()));
        }
        for (Future<List<Entity>> f : fs) {
          assertThat(f.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
    }
  }
}

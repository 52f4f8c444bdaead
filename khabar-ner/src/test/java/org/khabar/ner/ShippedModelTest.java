package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.model.EntityType;

/** What the shipped model does on sentences written for these tests, grouped by phenomenon. */
class ShippedModelTest {

  private static final NerTagger TAGGER = NerTagger.shipped();

  /** The entities of a sentence as "TYPE:words". */
  private static List<String> entities(String sentence) {
    List<String> tokens = List.of(sentence.split(" "));
    return TAGGER.tag(tokens).isEmpty()
        ? List.of()
        : Bio.spans(TAGGER.tag(tokens)).stream()
            .map(s -> s.type() + ":" + String.join(" ", tokens.subList(s.first(), s.end())))
            .toList();
  }

  @Test
  void isTheVersionedModel() {
    assertThat(TAGGER.modelId()).isEqualTo("ner-crf-v2");
    assertThat(TAGGER.model().crf()).isTrue();
    assertThat(TAGGER.model().gazetteerId()).isEqualTo("lists-v1");
    assertThat(TAGGER.model().features().tagOrder()).isEqualTo(1);
    assertThat(TAGGER.model().features().clusterPairs()).isFalse();
  }

  @Test
  void writingItAgainGivesTheShippedBytes() throws Exception {
    byte[] shipped;
    try (InputStream in = NerTagger.class.getResourceAsStream(NerTagger.SHIPPED_RESOURCE)) {
      shipped = in.readAllBytes();
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    NerModel.read(new ByteArrayInputStream(shipped)).write(again);
    assertThat(again.toByteArray()).isEqualTo(shipped);
  }

  @Nested
  class NamesAfterDesignations {
    @Test
    void chiefMinisterAndPlace() {
      assertThat(
              entities("मुख्यमंत्री नीतीश कुमार ने पटना में पत्रकारों से कहा कि सरकार काम करेगी ।"))
          .containsExactly("PERSON:नीतीश कुमार", "PLACE:पटना");
    }

    @Test
    void anMlaWithAnUnlistedName() {
      assertThat(entities("विधायक रमेश चौहान ने कहा कि सड़क जल्द बनेगी ।"))
          .containsExactly("PERSON:रमेश चौहान");
    }

    @Test
    void partyPostThenName() {
      assertThat(entities("भाजपा अध्यक्ष जेपी नड्डा सोमवार को लखनऊ पहुंचे ।"))
          .containsExactly("ORG:भाजपा", "PERSON:जेपी नड्डा", "PLACE:लखनऊ");
    }
  }

  @Nested
  class Honorifics {
    @Test
    void theTitleStaysOutsideThePersonSpan() {
      assertThat(entities("डॉ. सुनीता वर्मा ने अस्पताल का दौरा किया ।"))
          .first()
          .isEqualTo("PERSON:सुनीता वर्मा");
    }
  }

  @Nested
  class Organisations {
    @Test
    void multiWordPartiesAndTheirLeaders() {
      assertThat(
              entities(
                  "राष्ट्रीय जनता दल के नेता तेजस्वी यादव ने मुजफ्फरपुर में सभा को संबोधित किया ।"))
          .containsExactly("ORG:राष्ट्रीय जनता दल", "PERSON:तेजस्वी यादव", "PLACE:मुजफ्फरपुर");
    }

    @Test
    void courtsAndGovernments() {
      assertThat(entities("सुप्रीम कोर्ट ने केंद्र सरकार से जवाब मांगा ।"))
          .containsExactly("ORG:सुप्रीम कोर्ट", "ORG:केंद्र सरकार");
    }
  }

  @Nested
  class Places {
    @Test
    void aTwoWordState() {
      assertThat(entities("चुनाव आयोग ने उत्तर प्रदेश में सात चरणों में मतदान की घोषणा की ।"))
          .contains("PLACE:उत्तर प्रदेश");
    }
  }

  @Nested
  class NoEntities {
    @Test
    void weatherNews() {
      assertThat(entities("कल शाम तेज बारिश हुई और बिजली चली गई ।")).isEmpty();
    }
  }

  @Test
  void confidencesAreHighOnClearCases() {
    List<String> tokens = List.of("कांग्रेस नेता राहुल गांधी ने रैली की ।".split(" "));
    Tagging t = TAGGER.tagWithProbabilities(tokens);
    NerSpan person =
        t.spans().stream().filter(s -> s.type() == EntityType.PERSON).findFirst().orElseThrow();
    assertThat(t.confidence(person)).isGreaterThan(0.9);
  }
}

package org.khabar.analysis.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.analysis.Docs;
import org.khabar.model.Document;
import org.khabar.model.SummarySentence;

class SummaryStageTest {

  private static final String BODY =
      "नगर निगम ने शहर की सभी सड़कों की मरम्मत का काम सोमवार से शुरू कर दिया है। "
          + "महापौर सुधा मिश्रा ने कहा कि काम तीन महीने में पूरा होगा और इस पर बीस करोड़ रुपये खर्च होंगे। "
          + "ठीक। "
          + "शहर में बारिश के बाद कई सड़कों पर गड्ढे हो गए थे और लोगों को आने जाने में परेशानी हो रही थी। "
          + "नगर निगम ने शहर की सभी सड़कों की मरम्मत का काम सोमवार से शुरू कर दिया है, यह भी बताया गया। "
          + "विपक्ष के पार्षदों ने काम की गुणवत्ता पर नजर रखने के लिए एक समिति बनाने की मांग की है। "
          + "अगली बैठक अगले महीने होगी जिसमें काम की प्रगति की समीक्षा की जाएगी।";

  private Document run(int size) {
    Document d = Docs.of("सड़कों की मरम्मत शुरू", BODY).person("सुधा मिश्रा").build();
    return new SummaryStage(size).apply(d.withRoles(List.of()).withQuotes(List.of()));
  }

  @Test
  void picksThreeBodySentencesInTextOrder() {
    Document d = run(3);
    assertThat(d.summary()).hasSize(3);
    List<Integer> order = d.summary().stream().map(SummarySentence::sentenceIndex).toList();
    assertThat(order).isSorted();
    for (SummarySentence s : d.summary()) {
      assertThat(d.article().bodySpan().contains(s.span())).isTrue();
    }
  }

  @Test
  void leadsWithTheFirstSentenceAndSkipsFragmentsAndNearCopies() {
    Document d = run(3);
    List<String> texts = d.summary().stream().map(s -> s.span().in(d.text())).toList();
    assertThat(texts.get(0)).startsWith("नगर निगम ने शहर की सभी सड़कों");
    assertThat(texts).noneMatch(t -> t.equals("ठीक।"));
    assertThat(texts).filteredOn(t -> t.startsWith("नगर निगम ने शहर की सभी सड़कों")).hasSize(1);
  }

  @Test
  void sizeMustBePositive() {
    assertThatThrownBy(() -> new SummaryStage(0)).isInstanceOf(IllegalArgumentException.class);
  }
}

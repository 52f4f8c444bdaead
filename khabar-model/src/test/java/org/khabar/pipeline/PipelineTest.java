package org.khabar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.model.Article;
import org.khabar.model.Document;
import org.khabar.model.Layer;

class PipelineTest {

  private record Fake(String name, Set<Layer> requires, Set<Layer> produces) implements Stage {
    @Override
    public Document apply(Document d) {
      Document out = d;
      if (produces.contains(Layer.ROLES)) {
        out = out.withRoles(List.of());
      }
      if (produces.contains(Layer.QUOTES)) {
        out = out.withQuotes(List.of());
      }
      return out;
    }
  }

  @Test
  void rejectsAStageWhoseInputsNoEarlierStageMakes() {
    Stage quotes = new Fake("quotes", Set.of(Layer.ROLES), Set.of(Layer.QUOTES));
    assertThatThrownBy(() -> new Pipeline(List.of(quotes)))
        .hasMessageContaining("quotes")
        .hasMessageContaining("ROLES");
  }

  @Test
  void runsStagesInOrder() {
    Stage roles = new Fake("roles", Set.of(Layer.TEXT), Set.of(Layer.ROLES));
    Stage quotes = new Fake("quotes", Set.of(Layer.ROLES), Set.of(Layer.QUOTES));
    Pipeline p = new Pipeline(List.of(roles, quotes));
    Document d = p.analyze(new Article("x", null, "", "पाठ", null));
    assertThat(d.layers()).contains(Layer.ROLES, Layer.QUOTES);
    assertThat(p.produces()).contains(Layer.QUOTES);
    assertThat(p.upTo("roles").stages()).hasSize(1);
  }

  @Test
  void failsWhenAStageBreaksItsPromise() {
    Stage liar = new Fake("liar", Set.of(), Set.of(Layer.EVENTS));
    Pipeline p = new Pipeline(List.of(liar));
    assertThatThrownBy(() -> p.analyze(new Article("x", null, "", "पाठ", null)))
        .hasMessageContaining("liar");
  }
}

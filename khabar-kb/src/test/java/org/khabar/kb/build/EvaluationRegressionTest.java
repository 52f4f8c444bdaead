package org.khabar.kb.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.kb.link.EntityStage;
import org.khabar.translit.GraphoneModel;
import org.khabar.translit.Translit;

/**
 * Scores on fixed public data, pinned with a tolerance: a drop fails the build where ../shared is
 * present (the scores are reported by {@code khabar kb eval-link} and {@code kb eval-translit}).
 */
class EvaluationRegressionTest {

  @Test
  void linkingOnTheGoldEntitiesStaysHigh() throws Exception {
    Path shared = SharedData.require("gold/dev.jsonl");
    Path judgements =
        Path.of(
            EvaluationRegressionTest.class
                .getResource("/org/khabar/kb/eval/dev-link-judgements.tsv")
                .toURI());
    LinkEval.Result r =
        LinkEval.run(new EntityStage(), shared.resolve("gold/dev.jsonl"), judgements, null);
    assertThat(r.goldEntities()).isEqualTo(159);
    assertThat(r.judged()).isGreaterThanOrEqualTo(150);
    assertThat(r.f1()).as(r.toString()).isGreaterThanOrEqualTo(0.97);
    assertThat(r.linkAccuracy()).as(r.toString()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void transliterationOfHeldOutAffidavitNamesStaysAccurate() throws Exception {
    Path shared = SharedData.require("data/kb-sources/indicate-affidavits-translit");
    Translit t = Translit.shipped();
    GraphoneModel m = GraphoneModel.fromResource("hi-latn-graphones.bin.gz");
    List<TranslitTool.Score> scores =
        TranslitTool.evaluate(
            "affidavit-names-held", TranslitData.affidavitNames(shared, true), t, m);
    TranslitTool.Score hiEn =
        scores.stream().filter(s -> s.system().equals("combined")).findFirst().orElseThrow();
    TranslitTool.Score enHi =
        scores.stream().filter(s -> s.direction().equals("en>hi")).findFirst().orElseThrow();
    assertThat(hiEn.words()).isGreaterThan(1000);
    assertThat(hiEn.top1()).as(hiEn.toString()).isGreaterThanOrEqualTo(0.55);
    assertThat(hiEn.topK()).as(hiEn.toString()).isGreaterThanOrEqualTo(0.72);
    assertThat(enHi.top1()).as(enHi.toString()).isGreaterThanOrEqualTo(0.44);
    assertThat(enHi.topK()).as(enHi.toString()).isGreaterThanOrEqualTo(0.65);
  }
}

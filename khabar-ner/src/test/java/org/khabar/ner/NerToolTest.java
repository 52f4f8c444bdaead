package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerToolTest {

  private static final NerTagger TAGGER = new NerTagger(TestModels.tiny());

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Nested
  class Tag {
    @Test
    void printsEveryTokenWithItsTagAndKeepsBlankLines() throws IOException {
      Path in =
          file(
              "in.conll",
              "# a comment\nसांसद\tx\nमनोज\nतिवारी\nने\nदिल्ली\nमें\nप्रदर्शन\nकिया\n।\n\n\nकल\nबारिश\n");
      StringWriter out = new StringWriter();
      NerTool.tag(TAGGER, in, new PrintWriter(out));
      assertThat(out.toString())
          .isEqualTo(
              "सांसद\tO\nमनोज\tB-PERSON\nतिवारी\tI-PERSON\nने\tO\nदिल्ली\tB-PLACE\nमें\tO\n"
                  + "प्रदर्शन\tO\nकिया\tO\n।\tO\n\n\nकल\tO\nबारिश\tO\n");
    }

    @Test
    void anUndecodableLineIsNamed() throws IOException {
      Path in = dir.resolve("bad.conll");
      Files.write(in, new byte[] {'a', '\n', '\n', 'b', (byte) 0xFF, '\n'});
      assertThatThrownBy(() -> NerTool.tag(TAGGER, in, new PrintWriter(new StringWriter())))
          .isInstanceOf(ConllException.class)
          .hasMessageContaining("bad.conll:3");
    }
  }

  @Nested
  class Eval {
    @Test
    void printsScoresPerTypeAndRepairs() throws IOException {
      Path in =
          file(
              "gold.conll",
              "सांसद\tO\nमनोज\tB-NEP\nतिवारी\tI-NEP\nने\tO\nदिल्ली\t-NEL\nमें\tO\nप्रदर्शन\tO\nकिया\tO\n।\tO\n");
      StringWriter out = new StringWriter();
      NerScores s = NerTool.eval(TAGGER, in, CorpusFormat.ILNER, new PrintWriter(out));
      assertThat(s.overall().f1()).isEqualTo(1.0);
      assertThat(out.toString()).contains("PERSON").contains("1 tags made valid BIO");
    }
  }
}

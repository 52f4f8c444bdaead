package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {

  private static ConllCorpus read(String text, CorpusFormat format) throws IOException {
    return ConllReader.readLabeled(new StringReader(text), "test", format);
  }

  @Nested
  class IlNerTags {
    @Test
    void typesAreMappedAndOthersBecomeOutside() throws IOException {
      ConllCorpus c =
          read(
              "सोमवार\tB-NETI\nको\tO\nअमित\tB-NEP\nशाह\tI-NEP\nलखनऊ\tB-NEL\nपहुंचे\tO\n",
              CorpusFormat.ILNER);
      assertThat(c.sentences()).hasSize(1);
      assertThat(c.sentences().get(0).tags())
          .containsExactly("O", "O", "B-PERSON", "I-PERSON", "B-PLACE", "O");
      assertThat(c.repairedTags()).isZero();
    }

    @Test
    void aTypeWithoutPrefixBeginsOrContinuesASpan() throws IOException {
      ConllCorpus c = read("राम\t-NEP\nप्रसाद\t-NEP\nने\tO\nपटना\t-NEL\n", CorpusFormat.ILNER);
      assertThat(c.sentences().get(0).tags())
          .containsExactly("B-PERSON", "I-PERSON", "O", "B-PLACE");
      assertThat(c.repairedTags()).isEqualTo(3);
      assertThat(c.sentences().get(0).noisy()).isFalse();
    }

    @Test
    void aBareDashIsReadAsOutsideAndMarksTheSentenceNoisy() throws IOException {
      ConllCorpus c = read("कल\t-\nबैठक\tO\n\nआज\tO\n", CorpusFormat.ILNER);
      assertThat(c.sentences().get(0).tags()).containsExactly("O", "O");
      assertThat(c.sentences().get(0).noisy()).isTrue();
      assertThat(c.unreadableTags()).isEqualTo(1);
      assertThat(c.clean()).hasSize(1);
    }

    @Test
    void insideWithoutBeginStartsASpan() throws IOException {
      ConllCorpus c = read("भाजपा\tI-NEO\nनेता\tO\n", CorpusFormat.ILNER);
      assertThat(c.sentences().get(0).tags()).containsExactly("B-ORG", "O");
      assertThat(c.repairedTags()).isEqualTo(1);
    }

    @Test
    void aTagWithoutTokenIsSkipped() throws IOException {
      ConllCorpus c = read("वह\tO\nO\nगया\tO\n", CorpusFormat.ILNER);
      assertThat(c.sentences().get(0).tokens()).containsExactly("वह", "गया");
      assertThat(c.skippedLines()).isEqualTo(1);
    }
  }

  @Nested
  class Layout {
    @Test
    void aHashTokenIsATokenButAHashLineIsAComment() throws IOException {
      ConllCorpus c = read("# sent_id = 1\n#\tO\n1\tO\n", CorpusFormat.ILNER);
      assertThat(c.sentences().get(0).tokens()).containsExactly("#", "1");
    }

    @Test
    void blankLinesSeparateSentencesAndRecordTheirLine() throws IOException {
      ConllCorpus c = read("\n\nक\tO\n\n\nख\tO\nग\tO\n", CorpusFormat.BIO);
      assertThat(c.sentences()).hasSize(2);
      assertThat(c.sentences().get(1).line()).isEqualTo(6);
    }

    @Test
    void theTagIsTheLastColumn() throws IOException {
      ConllCorpus c = read("बिहार NNP B-LOC\n", CorpusFormat.BIO);
      assertThat(c.sentences().get(0).tags()).containsExactly("B-PLACE");
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
      ConllCorpus c = read("\uFEFFपटना\tB-LOCATION\n", CorpusFormat.HINER);
      assertThat(c.sentences().get(0).tokens()).containsExactly("पटना");
      assertThat(c.sentences().get(0).tags()).containsExactly("B-PLACE");
    }
  }

  @Nested
  class Errors {
    @TempDir Path dir;

    @Test
    void malformedUtf8NamesFileAndLine() throws IOException {
      Path f = dir.resolve("bad.conll");
      Files.write(f, new byte[] {'a', '\t', 'O', '\n', (byte) 0xC3, '\t', 'O', '\n'});
      assertThatThrownBy(() -> ConllReader.readLabeled(f, CorpusFormat.BIO))
          .isInstanceOf(ConllException.class)
          .hasMessageContaining("bad.conll:2")
          .hasMessageContaining("UTF-8");
    }

    @Test
    void aMissingFileIsReported() {
      assertThatThrownBy(() -> ConllReader.readLabeled(dir.resolve("none"), CorpusFormat.BIO))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("none");
    }

    @Test
    void unknownFormatNamesTheChoices() {
      assertThatThrownBy(() -> CorpusFormat.parse("conll2003"))
          .hasMessageContaining("ilner, hiner or bio");
    }
  }
}

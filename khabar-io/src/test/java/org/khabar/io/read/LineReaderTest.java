package org.khabar.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<LineReader.Line> lines(byte[] bytes, int max) throws IOException {
    List<LineReader.Line> out = new ArrayList<>();
    try (LineReader r = new LineReader(new ByteArrayInputStream(bytes), max)) {
      for (LineReader.Line l = r.next(); l != null; l = r.next()) {
        out.add(l);
      }
    }
    return out;
  }

  private static List<LineReader.Line> lines(String s, int max) throws IOException {
    return lines(s.getBytes(StandardCharsets.UTF_8), max);
  }

  @Nested
  class LineEnds {
    @Test
    void splitsAtLfKeepsCrAndKnowsTheLastLineEnd() throws IOException {
      List<LineReader.Line> ls = lines("एक\r\nदो\n\nतीन", 100);
      assertThat(ls).extracting(LineReader.Line::text).containsExactly("एक\r", "दो", "", "तीन");
      assertThat(ls).extracting(LineReader.Line::number).containsExactly(1, 2, 3, 4);
      assertThat(ls.get(3).terminated()).isFalse();
      assertThat(ls.get(0).terminated()).isTrue();
    }

    @Test
    void aFinalLineEndMakesNoExtraLine() throws IOException {
      assertThat(lines("एक\n", 100)).hasSize(1);
      assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void dropsOnlyALeadingByteOrderMark() throws IOException {
      List<LineReader.Line> ls = lines("\uFEFFएक\n\uFEFFदो", 100);
      assertThat(ls).extracting(LineReader.Line::text).containsExactly("एक", "\uFEFFदो");
    }
  }

  @Nested
  class Limits {
    @Test
    void aLineAtTheLimitIsReadAndOneOverItIsNot() throws IOException {
      List<LineReader.Line> ls = lines("क".repeat(10) + "\n" + "क".repeat(11) + "\nख", 10);
      assertThat(ls.get(0).ok()).isTrue();
      assertThat(ls.get(1).ok()).isFalse();
      assertThat(ls.get(1).error()).contains("line 2", "longer than 10");
      assertThat(ls.get(2).text()).isEqualTo("ख");
    }

    @Test
    void supplementaryCharactersCountAsTwo() throws IOException {
      String emoji = "\uD83D\uDE00";
      assertThat(lines(emoji.repeat(5), 10).get(0).ok()).isTrue();
      assertThat(lines(emoji.repeat(6), 10).get(0).ok()).isFalse();
    }

    @Test
    void multiByteCharactersAcrossTheReadBufferDecode() throws IOException {
      String line = "a" + "क".repeat(70_000); // 210 KB: crosses several 64 KB reads mid-character
      List<LineReader.Line> ls = lines(line + "\nख", 1_000_000);
      assertThat(ls.get(0).text()).isEqualTo(line);
      assertThat(ls.get(1).text()).isEqualTo("ख");
    }
  }

  @Nested
  class BadBytes {
    @Test
    void invalidUtf8NamesTheLineAndByte() throws IOException {
      byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xE0, (byte) 0xA4, '\n', 'd'};
      List<LineReader.Line> ls = lines(bytes, 100);
      assertThat(ls.get(1).error()).isEqualTo("invalid UTF-8 in line 2 at byte 3");
      assertThat(ls.get(2).text()).isEqualTo("d");
    }

    @Test
    void overlongAndSurrogateEncodingsAreRejected() throws IOException {
      byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
      byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
      assertThat(lines(overlong, 100).get(0).ok()).isFalse();
      assertThat(lines(surrogate, 100).get(0).ok()).isFalse();
    }

    @Test
    void nulBytesMarkBinaryData() throws IOException {
      byte[] bytes = {'a', 0, 'b', '\n', 'c'};
      List<LineReader.Line> ls = lines(bytes, 100);
      assertThat(ls.get(0).error()).contains("NUL byte in line 1");
      assertThat(ls.get(1).text()).isEqualTo("c");
    }
  }
}

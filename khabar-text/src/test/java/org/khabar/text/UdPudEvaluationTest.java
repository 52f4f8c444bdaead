package org.khabar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.model.Sentence;
import org.khabar.model.Token;

/**
 * Sentence splitting and tokenisation scored against the Hindi PUD treebank (1,000 news sentences,
 * ../shared/data/ud/pud): each document's sentences are joined with a space and re-split, and
 * sentence ends and token spans are compared with the gold ones. Scores are pinned for the file
 * with the checksum below; a drop fails the build. Remaining token differences are conventions
 * ("$5,000" and "2013-2014" are one UD token, split here; UD splits "बी.सी.").
 */
class UdPudEvaluationTest {

  private static final String SHA256 =
      "3562b7f49420912acad70a45a483f683dcb44624ea92f82e21b29f2ee41a9dff";

  /** Gold sentences of one document: text and token forms. */
  private record GoldSentence(String text, List<String> forms) {}

  record Scores(int tp, int fp, int fn) {
    double precision() {
      return tp / (double) (tp + fp);
    }

    double recall() {
      return tp / (double) (tp + fn);
    }

    @Override
    public String toString() {
      return String.format("P=%.4f R=%.4f (tp=%d fp=%d fn=%d)", precision(), recall(), tp, fp, fn);
    }
  }

  @Test
  void sentencesAndTokensMatchTheTreebank() throws IOException, NoSuchAlgorithmException {
    Path file =
        Path.of(
            System.getProperty("khabar.shared", "../shared"), "data/ud/pud/hi_pud-ud-test.conllu");
    assumeTrue(Files.isRegularFile(file), "no treebank at " + file);
    byte[] bytes = Files.readAllBytes(file);
    String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assumeTrue(SHA256.equals(sum), "treebank changed (sha256 " + sum + "): re-pin the scores");

    List<List<GoldSentence>> docs = parse(new String(bytes, StandardCharsets.UTF_8));
    TextStage stage = new TextStage();
    int stp = 0;
    int sfp = 0;
    int sfn = 0;
    int ttp = 0;
    int tfp = 0;
    int tfn = 0;
    for (List<GoldSentence> doc : docs) {
      StringBuilder text = new StringBuilder();
      Set<Integer> goldEnds = new HashSet<>();
      Set<Long> goldTokens = new HashSet<>();
      for (GoldSentence s : doc) {
        int base = text.length();
        int from = 0;
        for (String form : s.forms()) {
          int at = s.text().indexOf(form, from);
          if (at < 0) {
            break;
          }
          goldTokens.add(key(base + at, base + at + form.length()));
          from = at + form.length();
        }
        text.append(s.text());
        goldEnds.add(text.length());
        text.append(' ');
      }
      TextLayer layer = stage.analyze(text.toString().stripTrailing());
      Set<Integer> ends = new HashSet<>();
      for (Sentence s : layer.sentences()) {
        ends.add(s.span().end());
      }
      Set<Long> tokens = new HashSet<>();
      for (Token t : layer.tokens()) {
        tokens.add(key(t.begin(), t.end()));
      }
      int common = (int) ends.stream().filter(goldEnds::contains).count();
      stp += common;
      sfp += ends.size() - common;
      sfn += goldEnds.size() - common;
      int commonTokens = (int) tokens.stream().filter(goldTokens::contains).count();
      ttp += commonTokens;
      tfp += tokens.size() - commonTokens;
      tfn += goldTokens.size() - commonTokens;
    }
    Scores sentences = new Scores(stp, sfp, sfn);
    Scores tokens = new Scores(ttp, tfp, tfn);
    System.out.println("UD Hindi PUD sentences: " + sentences + "; tokens: " + tokens);
    // pinned: sentences P=0.9980 R=0.9990, tokens P=0.9984 R=0.9985
    assertThat(sentences.precision()).isGreaterThanOrEqualTo(0.996);
    assertThat(sentences.recall()).isGreaterThanOrEqualTo(0.997);
    assertThat(tokens.precision()).isGreaterThanOrEqualTo(0.997);
    assertThat(tokens.recall()).isGreaterThanOrEqualTo(0.997);
  }

  private static long key(int begin, int end) {
    return ((long) begin << 32) | end;
  }

  private static List<List<GoldSentence>> parse(String conllu) {
    List<List<GoldSentence>> docs = new ArrayList<>();
    List<GoldSentence> doc = null;
    String text = null;
    List<String> forms = new ArrayList<>();
    for (String line : conllu.split("\n", -1)) {
      if (line.startsWith("# newdoc")) {
        doc = new ArrayList<>();
        docs.add(doc);
      } else if (line.startsWith("# text = ")) {
        text = line.substring("# text = ".length());
        forms = new ArrayList<>();
      } else if (line.isEmpty()) {
        if (text != null) {
          if (doc == null) {
            doc = new ArrayList<>();
            docs.add(doc);
          }
          doc.add(new GoldSentence(text, forms));
          text = null;
        }
      } else if (!line.startsWith("#")) {
        String[] cols = line.split("\t");
        if (cols.length > 1 && cols[0].matches("\\d+")) {
          forms.add(cols[1]);
        }
      }
    }
    return docs;
  }
}

package org.khabar.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of the text layer on a directory of .txt files (a main-method bench; speed is not unit
 * tested). Usage: {@code TextBench <dir> [rounds]}; prints characters and tokens per second for
 * canonicalisation alone and for the whole stage, per round (the first rounds warm the JIT up).
 */
public final class TextBench {

  private TextBench() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/news/covid2020-5papers/Corpora");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    TextStage stage = new TextStage();
    System.out.printf("%d texts, %d chars%n", texts.size(), chars);
    for (int r = 1; r <= rounds; r++) {
      long t0 = System.nanoTime();
      for (String t : texts) {
        Canonicalizer.canonicalize(t);
      }
      long t1 = System.nanoTime();
      long tokens = 0;
      long words = 0;
      for (String t : texts) {
        TextLayer layer = stage.analyze(t);
        tokens += layer.tokens().size();
        words +=
            layer.tokens().stream()
                .filter(k -> k.kind() != org.khabar.model.TokenKind.PUNCTUATION)
                .count();
      }
      long t2 = System.nanoTime();
      double canonSec = (t1 - t0) / 1e9;
      double stageSec = (t2 - t1) / 1e9;
      System.out.printf(
          "round %d: canonicalize %.1f Mchar/s | stage %.1f Mchar/s, %.0f ktokens/s, %.0f kwords/s%n",
          r,
          chars / canonSec / 1e6,
          chars / stageSec / 1e6,
          tokens / stageSec / 1e3,
          words / stageSec / 1e3);
    }
  }
}

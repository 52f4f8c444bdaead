package org.khabar.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.khabar.analysis.Analyzer;
import org.khabar.io.json.DocumentJson;
import org.khabar.model.Article;
import org.khabar.model.Document;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.pipeline.Pipeline;
import org.khabar.pipeline.Stage;
import org.khabar.text.Canonicalizer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One analysis stage at a time, on documents that already carry the layers the stage needs. The
 * {@code words} counter divided by time gives words/s; {@code all} runs the whole pipeline, {@code
 * canon} only the canonicalisation inside the text stage, {@code json} only the JSON writing of an
 * analysed document (with tokens, as {@code analyze --format jsonl} writes it).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class StageBench {

  @Param({"all"})
  public String stage;

  @Param({"300"})
  public int articles;

  private Stage target;
  private Pipeline whole;
  private final List<Document> inputs = new ArrayList<>();
  private final List<Article> raw = new ArrayList<>();
  private int next;

  /** Words processed, for words/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Words {
    public long words;
  }

  @Setup(Level.Trial)
  public void setUp() {
    whole = Analyzer.standard().pipeline();
    raw.addAll(Corpus.load(articles));
    if (stage.equals("json")) {
      for (Article a : raw) {
        analysed.add(whole.analyze(a));
      }
    } else if (!stage.equals("all") && !stage.equals("canon")) {
      List<Stage> before = new ArrayList<>();
      for (Stage s : whole.stages()) {
        if (s.name().equals(stage)) {
          target = s;
          break;
        }
        before.add(s);
      }
      if (target == null) {
        throw new IllegalArgumentException("no stage " + stage + " in " + whole.stages());
      }
      Pipeline prefix = new Pipeline(before);
      for (Article a : raw) {
        inputs.add(prefix.analyze(a));
      }
    }
    counts = new long[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      counts[i] = words(whole.analyze(raw.get(i)));
    }
  }

  private long[] counts;
  private final List<Document> analysed = new ArrayList<>();

  @Benchmark
  public void run(Words w, Blackhole bh) {
    int i = next++ % raw.size();
    if (stage.equals("canon")) {
      bh.consume(Canonicalizer.canonicalize(raw.get(i).text()));
    } else if (stage.equals("json")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      DocumentJson.write(analysed.get(i), out, DocumentJson.Options.DEFAULT);
      bh.consume(out.size());
    } else if (target == null) {
      bh.consume(whole.analyze(raw.get(i)));
    } else {
      bh.consume(target.apply(inputs.get(i)));
    }
    w.words += counts[i];
  }

  static long words(Document d) {
    long n = 0;
    for (Token t : d.tokens()) {
      if (t.kind() != TokenKind.PUNCTUATION && t.kind() != TokenKind.SYMBOL) {
        n++;
      }
    }
    return n;
  }
}

package org.khabar.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.analysis.Analyzer;
import org.khabar.analysis.OrderedParallel;
import org.khabar.io.json.DocumentJson;
import org.khabar.io.read.ArticleInputs;
import org.khabar.io.read.CloseableIterator;
import org.khabar.io.read.Format;
import org.khabar.io.read.ReadOptions;
import org.khabar.io.read.ReadResult;
import org.khabar.model.Article;
import org.khabar.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar analyze}: analyse articles and print one analysed article per input article. */
@Command(
    name = "analyze",
    aliases = {"analyse"},
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles: sentences, tokens, entities linked to the knowledge base, posts, quotes",
      "with their speakers, events and a summary; every fact with offsets into the text.",
      "Inputs: seed text ('date YYYY-MM-DD Headline: body'), JSONL {id,date,headline,text},",
      "plain text, HTML, RSS/Atom, or directories of these; '-' reads standard input."
    },
    footer = {
      "",
      "Exit status: 0 when every input was analysed, 1 when some failed (each failure is reported",
      "on standard error with its file and line), 2 for a wrong command line."
    })
final class AnalyzeCommand implements Callable<Integer> {

  enum OutputFormat {
    text,
    json,
    jsonl
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "Output: text (a readable report), json (pretty, one object per article) or"
              + " jsonl (one object per line). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(
      names = "--tokens",
      negatable = true,
      description = "Include every token (default: on for json/jsonl, off for text).")
  Boolean tokens;

  @Option(
      names = "--threads",
      description = "Worker threads (default: all cores). Output keeps input order.")
  Integer threads;

  @Option(
      names = "--input-format",
      defaultValue = "AUTO",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: detect).")
  Format inputFormat;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "Extra knowledge-base entries (JSONL), added to the shipped knowledge base.")
  List<Path> kbFiles = new ArrayList<>();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files or directories.")
  List<Path> inputs;

  /** Where results go (standard output; tests substitute a buffer). */
  OutputStream stdout = System.out;

  /** What one input became: rendered output, or an error message. */
  private record Outcome(byte[] output, String error) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    int nThreads = threads == null ? OrderedParallel.defaultThreads() : threads;
    if (nThreads < 1) {
      err.println("khabar analyze: error: --threads must be at least 1");
      return ExitCodes.USAGE;
    }
    Analyzer analyzer = Analyzers.get(kbFiles);
    boolean withTokens = tokens != null ? tokens : format != OutputFormat.text;
    int[] counts = new int[2]; // ok, failed
    OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
    ReadOptions options = ReadOptions.defaults().withFormat(inputFormat);
    try (CloseableIterator<ReadResult> in = ArticleInputs.open(inputs, options);
        OrderedParallel<ReadResult, Outcome> par =
            new OrderedParallel<>(nThreads, r -> process(analyzer, r, withTokens))) {
      par.run(
          in,
          o -> {
            if (o.error() != null) {
              counts[1]++;
              flush(out);
              err.println("khabar analyze: " + o.error());
            } else {
              counts[0]++;
              write(out, o.output());
            }
          });
    } catch (Exception e) {
      flush(out);
      throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
    }
    flush(out);
    if (counts[1] > 0) {
      err.println(
          "khabar analyze: "
              + counts[1]
              + " of "
              + (counts[0] + counts[1])
              + " inputs failed; the others were analysed");
      return ExitCodes.FAILED;
    }
    if (counts[0] == 0) {
      err.println("khabar analyze: no articles found in the inputs");
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }

  private Outcome process(Analyzer analyzer, ReadResult r, boolean withTokens) {
    if (r instanceof ReadResult.Failed f) {
      return new Outcome(null, f.origin() + ": " + f.message());
    }
    Article a = ((ReadResult.Ok) r).article();
    Document d;
    try {
      d = analyzer.analyze(a);
    } catch (RuntimeException e) {
      return new Outcome(
          null, a.origin() + ": article " + a.id() + " could not be analysed: " + Main.describe(e));
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream(16 * 1024);
    switch (format) {
      case jsonl -> {
        DocumentJson.write(d, buf, new DocumentJson.Options(withTokens, false));
        buf.write('\n');
      }
      case json -> {
        DocumentJson.write(d, buf, new DocumentJson.Options(withTokens, true));
        buf.write('\n');
      }
      case text ->
          buf.writeBytes(TextReport.render(d, withTokens).getBytes(StandardCharsets.UTF_8));
    }
    return new Outcome(buf.toByteArray(), null);
  }

  private static void write(OutputStream out, byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.analysis.Analyzer;
import org.khabar.analysis.OrderedParallel;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveException;
import org.khabar.archive.ingest.IngestAbortedException;
import org.khabar.archive.ingest.IngestItem;
import org.khabar.archive.ingest.IngestOptions;
import org.khabar.archive.ingest.IngestReport;
import org.khabar.archive.store.StoreException;
import org.khabar.io.read.ArticleInputs;
import org.khabar.io.read.CloseableIterator;
import org.khabar.io.read.Format;
import org.khabar.io.read.ReadOptions;
import org.khabar.io.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar ingest}: analyse articles and store them in the archive. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles and store them, with their whole analysis, in the archive; index them for",
      "search. Re-ingesting what is already stored adds nothing; exact and near duplicates of a",
      "stored story are kept but grouped with it. An article reported ingested survives a crash."
    },
    footer = {
      "",
      "The archive is --store DIR, else $KHABAR_STORE, $XDG_DATA_HOME/khabar or",
      "~/.local/share/khabar. Exit status: 0 when every input was stored (or already was), 1 when",
      "some failed (each is reported with its file and line), 2 for a wrong command line."
    })
public final class IngestCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", description = "The archive directory.")
  Path store;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Analysis threads (default: all cores); one more thread writes.")
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

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Inputs; '-' reads stdin.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads == null ? OrderedParallel.defaultThreads() : threads;
    if (n < 1) {
      err.println("khabar ingest: error: --threads must be at least 1");
      return ExitCodes.USAGE;
    }
    Path dir = ArchiveCli.storeDir(store);
    ReadOptions options = ReadOptions.defaults().withFormat(inputFormat);
    IngestProgress progress = new IngestProgress(err, System.console() != null);
    Thread counter = countInBackground(options, progress);
    Analyzer analyzer = Analyzers.get(kbFiles);
    IngestReport report;
    try (Archive archive = Archive.open(dir);
        CloseableIterator<ReadResult> in = ArticleInputs.open(inputs, options)) {
      report =
          archive.ingest(
              IngestItem.from(in),
              analyzer::analyze,
              IngestOptions.defaults().withThreads(n),
              progress);
      progress.finish();
    } catch (IngestAbortedException e) {
      progress.finish();
      summary(out, dir, e.partial());
      return ArchiveCli.fail(err, "ingest", e);
    } catch (ArchiveException | StoreException e) {
      progress.finish();
      return ArchiveCli.fail(err, "ingest", e);
    } finally {
      if (counter != null) {
        counter.interrupt();
      }
    }
    summary(out, dir, report);
    return report.failed() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /** On a terminal, counts the inputs while they are ingested, so that progress shows a bar. */
  private Thread countInBackground(ReadOptions options, IngestProgress progress) {
    if (System.console() == null || inputs.stream().anyMatch(p -> p.toString().equals("-"))) {
      return null;
    }
    Thread t =
        new Thread(
            () -> {
              int count = 0;
              try (CloseableIterator<ReadResult> in = ArticleInputs.open(inputs, options)) {
                while (in.hasNext() && !Thread.currentThread().isInterrupted()) {
                  in.next();
                  count++;
                }
              }
              if (!Thread.currentThread().isInterrupted()) {
                progress.total(count);
              }
            },
            "khabar-ingest-count");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return t;
  }

  static void summary(PrintWriter out, Path dir, IngestReport r) {
    out.printf(
        Locale.ROOT,
        "ingested %d article%s into %s: %d new stor%s, duplicates %d exact / %d near%s%n",
        r.stored(),
        r.stored() == 1 ? "" : "s",
        dir,
        r.newStories(),
        r.newStories() == 1 ? "y" : "ies",
        r.exactDuplicates(),
        r.nearDuplicates(),
        r.replaced() > 0 ? ", " + r.replaced() + " replacing an earlier version" : "");
    if (r.unchanged() > 0) {
      out.printf(Locale.ROOT, "already stored, unchanged: %d%n", r.unchanged());
    }
    if (r.failed() > 0) {
      out.printf(Locale.ROOT, "failed: %d%n", r.failed());
      Map<String, Integer> reasons = new LinkedHashMap<>();
      for (IngestReport.Failure f : r.failures()) {
        reasons.merge(reason(f.message()), 1, Integer::sum);
      }
      reasons.forEach((m, c) -> out.printf(Locale.ROOT, "  %5d × %s%n", c, m));
    }
    out.printf(
        Locale.ROOT,
        "%d inputs in %.1f s (%.1f articles/s)%n",
        r.seen(),
        r.elapsed().toMillis() / 1000.0,
        r.perSecond());
    r.notes().forEach(n -> out.println("note: " + n));
  }

  /** A failure message without its details (positions, quoted text), for grouping. */
  private static String reason(String message) {
    String m = message == null ? "unknown" : message;
    int cut = m.indexOf(" at [Source");
    if (cut > 0) {
      m = m.substring(0, cut);
    }
    m = m.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
    return m.length() > 100 ? m.substring(0, 100) + "…" : m;
  }
}

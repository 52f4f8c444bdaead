package org.khabar.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.khabar.archive.ingest.IngestItem;
import org.khabar.archive.ingest.IngestOptions;
import org.khabar.archive.ingest.IngestReport;
import org.khabar.archive.ingest.Outcome;
import org.khabar.io.read.ArticleInputs;
import org.khabar.io.read.CloseableIterator;
import org.khabar.io.read.ReadOptions;
import org.khabar.io.read.ReadResult;
import org.khabar.model.Article;
import org.khabar.model.Document;

/**
 * The child process of {@link CrashSafetyTest}: ingests a JSONL file into an archive with small
 * batches and frequent index commits, printing "COMMITTED id" for every article as soon as it is
 * reported ingested, and "DONE" at the end. Arguments: store directory, input file, milliseconds of
 * extra analysis time per article.
 */
public final class CrashIngestMain {

  private CrashIngestMain() {}

  public static void main(String[] args) {
    Path store = Path.of(args[0]);
    Path input = Path.of(args[1]);
    long sleep = Long.parseLong(args[2]);
    GazetteerAnalyzer gazetteer = new GazetteerAnalyzer();
    Function<Article, Document> slow =
        a -> {
          try {
            Thread.sleep(sleep);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return gazetteer.apply(a);
        };
    try (Archive archive = Archive.open(store);
        CloseableIterator<ReadResult> in =
            ArticleInputs.open(List.of(input), ReadOptions.defaults())) {
      IngestReport r =
          archive.ingest(
              IngestItem.from(in),
              slow,
              IngestOptions.defaults()
                  .withThreads(2)
                  .withBatch(10, Duration.ofMillis(100))
                  .withIndexCommitInterval(Duration.ofMillis(150)),
              (outcomes, soFar) -> {
                StringBuilder b = new StringBuilder();
                for (Outcome o : outcomes) {
                  if (o.status() == Outcome.Status.FAILED) {
                    b.append("FAILED ").append(o.origin()).append('\n');
                  } else {
                    b.append("COMMITTED ").append(o.id()).append('\n');
                  }
                }
                System.out.print(b);
                System.out.flush();
              });
      System.out.println("DONE stored=" + r.stored() + " unchanged=" + r.unchanged());
    }
  }
}

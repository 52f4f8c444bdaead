package org.khabar.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.khabar.archive.Archive;
import org.khabar.archive.ArchiveException;
import org.khabar.archive.ArchiveStats;
import org.khabar.model.Article;
import org.khabar.model.Document;

/**
 * Runs a server until the process is told to stop: opens the archive, starts serving, prints the
 * address, and on SIGTERM or Ctrl-C stops accepting, finishes the requests in flight and closes the
 * archive (whose writes are committed before they are acknowledged), in that order.
 */
public final class Serve {

  private Serve() {}

  /**
   * Serves the archive in {@code store} and blocks until the JVM shuts down.
   *
   * @throws ArchiveException when the archive cannot be opened
   */
  public static void run(
      Path store,
      ServerConfig config,
      Function<Article, Document> analyzer,
      PrintWriter out,
      PrintWriter err) {
    Archive archive;
    try {
      archive = Archive.open(store);
    } catch (ArchiveException e) {
      if (!Archive.exists(store)) {
        throw e;
      }
      archive = Archive.openForReading(store);
      err.println("khabar serve: " + e.getMessage() + "; serving it read-only");
    }
    KhabarServer server;
    try {
      server = KhabarServer.start(config, archive, analyzer);
    } catch (RuntimeException e) {
      archive.close();
      throw e;
    }
    CountDownLatch done = new CountDownLatch(1);
    Archive opened = archive;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop();
                  } finally {
                    opened.close();
                    done.countDown();
                  }
                },
                "khabar-serve-shutdown"));
    ArchiveStats stats = archive.stats();
    out.println(
        "khabar serve: "
            + server.url()
            + "  (archive "
            + store
            + ": "
            + stats.stories()
            + " stories; writes "
            + (archive.readOnly()
                ? "off: read-only"
                : config.writesEnabled() ? "need the bearer token" : "off: no --token")
            + ")");
    out.flush();
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

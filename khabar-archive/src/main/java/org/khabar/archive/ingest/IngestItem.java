package org.khabar.archive.ingest;

import java.util.Iterator;
import java.util.Objects;
import org.khabar.io.read.ReadResult;
import org.khabar.model.Article;
import org.khabar.model.Origin;

/** One input of an ingest: an article read, or an input that could not be read and why. */
public sealed interface IngestItem {

  Origin origin();

  /** An article to analyse and store. */
  record Read(Article article) implements IngestItem {
    public Read {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public Origin origin() {
      return article.origin();
    }
  }

  /** An input the reader could not turn into an article (broken JSON, unreadable file...). */
  record Unreadable(Origin origin, String message) implements IngestItem {
    public Unreadable {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(message, "message");
    }
  }

  static IngestItem of(Article a) {
    return new Read(a);
  }

  static IngestItem failed(Origin origin, String message) {
    return new Unreadable(origin, message);
  }

  /** What a reader gave: an article, or why an input could not be read. */
  static IngestItem from(ReadResult r) {
    return switch (r) {
      case ReadResult.Ok ok -> new Read(ok.article());
      case ReadResult.Failed f -> new Unreadable(f.origin(), f.message());
    };
  }

  /** The items of a reader's results, lazily. */
  static Iterator<IngestItem> from(Iterator<? extends ReadResult> results) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return results.hasNext();
      }

      @Override
      public IngestItem next() {
        return from(results.next());
      }
    };
  }
}

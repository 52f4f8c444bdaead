package org.khabar.io.read;

import java.util.Objects;
import org.khabar.model.Article;
import org.khabar.model.Origin;

/** One article read from an input, or why one could not be read (file and 1-based line). */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Failed {

  /** Where the article or the failure is in the input. */
  Origin origin();

  /** An article read. */
  record Ok(Article article) implements ReadResult {
    public Ok {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public Origin origin() {
      return article.origin();
    }
  }

  /** An input or part of one that could not be read; reading went on after it. */
  record Failed(Origin origin, String message) implements ReadResult {
    public Failed {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return origin + ": " + message;
    }
  }
}

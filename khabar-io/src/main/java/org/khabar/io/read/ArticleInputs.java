package org.khabar.io.read;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads articles from files, directories and standard input.
 *
 * <p>Formats ({@link Format}): the seed form, JSON Lines, plain text, HTML and RSS/Atom, chosen by
 * {@link ReadOptions#format()} or, with {@link Format#AUTO}, by extension and then content. Inside
 * directories, only files with a known extension are read (any regular file when a format is
 * forced); hidden entries are skipped.
 *
 * <p>Bad content never throws: invalid UTF-8, binary data, an empty file, a line over the limit, a
 * malformed date, broken JSON, an empty body or an unreadable path each give one {@link
 * ReadResult.Failed} naming the file and 1-based line, and reading goes on with the next line,
 * article or file.
 */
public final class ArticleInputs {

  private ArticleInputs() {}

  /**
   * Lazily reads every input (files, directories recursively in sorted order, "-" for stdin) in
   * constant memory: one article at a time, one open file at a time.
   */
  public static CloseableIterator<ReadResult> open(List<Path> inputs, ReadOptions options) {
    return open(inputs, options, System.in);
  }

  /** As {@link #open(List, ReadOptions)}, reading "-" from the given stream. */
  public static CloseableIterator<ReadResult> open(
      List<Path> inputs, ReadOptions options, InputStream stdin) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(stdin, "stdin");
    return new InputWalker(List.copyOf(inputs), options, stdin);
  }
}

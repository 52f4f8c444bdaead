package org.khabar.io.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.khabar.model.Origin;

/**
 * Walks the inputs in order, depth first through directories (children sorted by name, hidden
 * entries skipped), opening one file at a time. Memory holds the directory listings on the current
 * path and one open source.
 */
final class InputWalker implements CloseableIterator<ReadResult> {

  static final String STDIN = "-";

  private record Entry(Path path, boolean explicit) {}

  private final Deque<Entry> stack = new ArrayDeque<>();
  private final Set<Path> visitedDirectories = new HashSet<>();
  private final ReadOptions options;
  private final InputStream stdin;
  private Source current;
  private ReadResult pending;
  private boolean closed;

  InputWalker(List<Path> inputs, ReadOptions options, InputStream stdin) {
    this.options = options;
    this.stdin = stdin;
    for (int i = inputs.size() - 1; i >= 0; i--) {
      stack.push(new Entry(inputs.get(i), true));
    }
  }

  @Override
  public boolean hasNext() {
    while (pending == null && !closed) {
      if (current != null) {
        if (current.hasNext()) {
          pending = current.next();
          break;
        }
        current.close();
        current = null;
      }
      if (stack.isEmpty()) {
        return false;
      }
      current = open(stack.pop());
    }
    return pending != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = pending;
    pending = null;
    return r;
  }

  @Override
  public void close() {
    closed = true;
    pending = null;
    stack.clear();
    if (current != null) {
      current.close();
      current = null;
    }
  }

  private Source open(Entry entry) {
    Path path = entry.path();
    String name = path.toString();
    if (entry.explicit() && name.equals(STDIN)) {
      return openStream(STDIN, STDIN, nonClosing(stdin));
    }
    if (Files.isDirectory(path)) {
      return expand(entry);
    }
    if (!entry.explicit() && !Files.isRegularFile(path)) {
      return null;
    }
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException | RuntimeException e) {
      return failure(name, "cannot read: " + Source.describe(e));
    }
    Path fileName = path.getFileName();
    return openStream(name, fileName == null ? name : fileName.toString(), in);
  }

  private Source openStream(String name, String fileName, InputStream raw) {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    Sniffer.Verdict verdict;
    try {
      verdict = Sniffer.sniff(fileName, in, options.format());
    } catch (IOException e) {
      closeQuietly(in);
      return failure(name, "cannot read: " + Source.describe(e));
    }
    if (verdict.problem() != null) {
      closeQuietly(in);
      return failure(name, verdict.problem());
    }
    return switch (verdict.format()) {
      case SEED -> new SeedSource(name, lines(in), options.maxArticleChars());
      case JSONL -> new JsonlSource(name, lines(in));
      case HTML -> new HtmlSource(name, lines(in), options.maxArticleChars());
      case RSS -> FeedSource.open(name, in, options.maxArticleChars());
      case TEXT, AUTO -> new TextSource(name, fileName, lines(in), options.maxArticleChars());
    };
  }

  private LineReader lines(InputStream in) {
    return new LineReader(in, options.maxLineChars());
  }

  /** Pushes a directory's children; yields nothing itself (or a failure if it cannot be listed). */
  private Source expand(Entry entry) {
    Path dir = entry.path();
    try {
      if (!visitedDirectories.add(dir.toRealPath())) {
        return null; // a link back into a directory already walked
      }
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path child : ds) {
          Path fn = child.getFileName();
          if (fn == null || fn.toString().startsWith(".")) {
            continue;
          }
          if (Files.isDirectory(child)
              || options.format() != Format.AUTO
              || Sniffer.byExtension(fn.toString()) != null) {
            children.add(child);
          }
        }
      }
      children.sort(Comparator.comparing(p -> p.getFileName().toString()));
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(new Entry(children.get(i), false));
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return failure(dir.toString(), "cannot list directory: " + Source.describe(e));
    }
  }

  private static Source failure(String name, String message) {
    return Source.single(new ReadResult.Failed(new Origin(name, 0), message));
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // already failing
    }
  }

  private static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // standard input belongs to the process
      }
    };
  }
}

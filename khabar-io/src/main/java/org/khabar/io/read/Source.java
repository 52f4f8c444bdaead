package org.khabar.io.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.NoSuchElementException;
import org.khabar.model.Origin;

/**
 * The results of one input. Subclasses compute one result at a time; an I/O error or a bug ends the
 * input with one {@link ReadResult.Failed} instead of an exception.
 */
abstract class Source implements CloseableIterator<ReadResult> {

  protected final String name;
  private ReadResult next;
  private boolean done;
  private boolean closed;

  Source(String name) {
    this.name = name;
  }

  /** The next result, or null at the end. */
  protected abstract ReadResult compute() throws IOException;

  /** The line being read, for error messages (0 if unknown). */
  protected int line() {
    return 0;
  }

  protected abstract void release() throws IOException;

  protected final ReadResult.Failed failed(int line, String message) {
    return new ReadResult.Failed(new Origin(name, Math.max(0, line)), message);
  }

  protected final Origin origin(int line) {
    return new Origin(name, Math.max(0, line));
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = compute();
      } catch (IOException e) {
        next = failed(line(), "cannot read: " + describe(e));
        done = true;
      } catch (RuntimeException e) {
        next = failed(line(), "unreadable input: " + describe(e));
        done = true;
      }
      if (next == null) {
        done = true;
        close();
      }
    }
    return next != null;
  }

  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  @Override
  public final void close() {
    if (!closed) {
      closed = true;
      done = true;
      try {
        release();
      } catch (IOException e) {
        // nothing left to read from it
      }
    }
  }

  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? kind : kind + ": " + m;
  }

  /** A source holding one result. */
  static Source single(ReadResult result) {
    return new Source(result.origin().source()) {
      private boolean given;

      @Override
      protected ReadResult compute() {
        if (given) {
          return null;
        }
        given = true;
        return result;
      }

      @Override
      protected void release() {}
    };
  }
}

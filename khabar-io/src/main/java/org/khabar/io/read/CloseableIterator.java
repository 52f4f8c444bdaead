package org.khabar.io.read;

import java.util.Iterator;

/** An iterator over resources that must be released: close it when done (try-with-resources). */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {

  /** Releases open files; idempotent. Never throws. */
  @Override
  void close();
}

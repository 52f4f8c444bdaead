package org.khabar.ner;

import java.io.IOException;

/** Input that cannot be read as CoNLL: names the file and the 1-based line. */
public final class ConllException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public ConllException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
    this.source = source;
    this.line = line;
  }

  public ConllException(String source, int line, String message, Throwable cause) {
    super(source + ":" + line + ": " + message, cause);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }
}

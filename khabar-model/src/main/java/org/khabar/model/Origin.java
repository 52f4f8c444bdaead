package org.khabar.model;

import java.util.Objects;

/**
 * Where an article came from: a file, URL or stream name, and the 1-based line it starts on (0 if
 * none).
 */
public record Origin(String source, int line) {

  public static final Origin UNKNOWN = new Origin("-", 0);

  public Origin {
    Objects.requireNonNull(source, "source");
    if (line < 0) {
      throw new IllegalArgumentException("negative line " + line);
    }
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line : source;
  }
}

package org.khabar.io.read;

import java.util.Objects;

/**
 * How to read inputs.
 *
 * @param format the format of every input, or {@link Format#AUTO} to detect it per file
 * @param maxLineChars a line longer than this is rejected (as one {@link ReadResult.Failed})
 *     without being held in memory
 * @param maxArticleChars an article (or a whole text or HTML file) longer than this is rejected
 */
public record ReadOptions(Format format, int maxLineChars, int maxArticleChars) {

  public static final int DEFAULT_MAX_LINE_CHARS = 5_000_000;
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 10_000_000;

  public ReadOptions {
    Objects.requireNonNull(format, "format");
    if (maxLineChars < 1 || maxArticleChars < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Options with the default article limit. */
  public ReadOptions(Format format, int maxLineChars) {
    this(format, maxLineChars, Math.max(DEFAULT_MAX_ARTICLE_CHARS, maxLineChars));
  }

  /** Detect formats, default limits. */
  public static ReadOptions defaults() {
    return new ReadOptions(Format.AUTO, DEFAULT_MAX_LINE_CHARS, DEFAULT_MAX_ARTICLE_CHARS);
  }

  /** These options with another format. */
  public ReadOptions withFormat(Format newFormat) {
    return new ReadOptions(newFormat, maxLineChars, maxArticleChars);
  }

  /** These options with another line limit. */
  public ReadOptions withMaxLineChars(int newMaxLineChars) {
    return new ReadOptions(format, newMaxLineChars, maxArticleChars);
  }
}

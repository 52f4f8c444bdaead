package org.khabar.io.read;

/** Input formats the readers understand. */
public enum Format {
  /** Detect by file extension, then by content. */
  AUTO,
  /** Lines "date YYYY-MM-DD Headline: body", more paragraphs after, then the next "date" line. */
  SEED,
  /** One JSON object per line: {"id","date","headline","text"} ("body" is an alias of "text"). */
  JSONL,
  /** Plain text: a headline line and a blank line, then the body; or all body. */
  TEXT,
  /** An HTML page holding one article. */
  HTML,
  /** An RSS 2.0 or Atom feed: one article per item or entry. */
  RSS
}

package org.khabar.io.read;

import java.io.IOException;

/** An input read whole (within a size limit) and turned into one result. */
abstract class WholeFileSource extends Source {

  private final LineReader reader;
  private final int maxChars;
  private boolean done;
  private int lineNo;

  WholeFileSource(String name, LineReader reader, int maxChars) {
    super(name);
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /** The result for the whole text of the input (never empty). */
  protected abstract ReadResult convert(String text);

  @Override
  protected final int line() {
    return lineNo;
  }

  @Override
  protected final ReadResult compute() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    StringBuilder sb = new StringBuilder();
    for (LineReader.Line l = reader.next(); l != null; l = reader.next()) {
      lineNo = l.number();
      if (!l.ok()) {
        return failed(lineNo, l.error());
      }
      if (sb.length() + l.text().length() + 1 > maxChars) {
        return failed(lineNo, "file is longer than " + maxChars + " characters");
      }
      sb.append(l.text());
      if (l.terminated()) {
        sb.append('\n');
      }
    }
    if (lineNo == 0) {
      return failed(0, "empty file");
    }
    lineNo = 0;
    return convert(sb.toString());
  }

  @Override
  protected final void release() throws IOException {
    reader.close();
  }
}

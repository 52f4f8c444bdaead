package org.khabar.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 reader that never replaces: it hands out every character before a malformed sequence and
 * only then throws {@link MalformedInputException}. ({@link java.io.InputStreamReader} with a
 * REPORT decoder throws as soon as the bad bytes enter its buffer, losing the good text before
 * them.)
 */
final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14).flip();
  private boolean eof;
  private IOException pending;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      if (pending != null) {
        if (out.position() > off) {
          return out.position() - off;
        }
        throw pending;
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        pending = new MalformedInputException(r.length());
        continue;
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      if (eof) {
        r = decoder.flush(out);
        if (r.isError()) {
          pending = new MalformedInputException(r.length());
          continue;
        }
        return out.position() > off ? out.position() - off : -1;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

package org.khabar.io.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines from bytes, one at a time, with a length limit that holds no more than the
 * limit in memory. Lines are split at LF bytes (which never occur inside a UTF-8 sequence), so one
 * bad line never spoils the next: each line is decoded strictly on its own (a {@link
 * CharsetDecoder} set to REPORT, never replacing). A CR before the LF stays in the line; a UTF-8
 * byte order mark at the very start is dropped.
 *
 * <p>Hand-written because {@link java.io.BufferedReader} must hold a whole line, however long, and
 * a decoding error leaves a {@link java.io.InputStreamReader} unusable.
 */
final class LineReader implements Closeable {

  /** One line: its text, or why it has none. */
  record Line(int number, String text, String error, boolean terminated) {
    boolean ok() {
      return error == null;
    }
  }

  private final InputStream in;
  private final int maxChars;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private byte[] line = new byte[1024];
  private int number;
  private long bytesRead;

  LineReader(InputStream in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** How many bytes were read so far (after a byte order mark). */
  long bytesRead() {
    return bytesRead;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    int len = 0;
    long chars = 0;
    boolean tooLong = false;
    long nulAt = -1;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        fill();
        if (pos == limit) {
          if (!any) {
            return null;
          }
          return finish(len, tooLong, nulAt, false);
        }
      }
      any = true;
      int i = pos;
      int end = limit;
      while (i < end && buf[i] != '\n') {
        byte b = buf[i];
        if (b == 0 && nulAt < 0) {
          nulAt = chars;
        }
        if ((b & 0xC0) != 0x80) {
          chars += (b & 0xF8) == 0xF0 ? 2 : 1;
        }
        i++;
      }
      if (!tooLong) {
        if (chars > maxChars) {
          tooLong = true;
          len = 0;
          if (line.length > 1 << 20) {
            line = new byte[1024];
          }
        } else {
          int n = i - pos;
          if (len + n > line.length) {
            line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
          }
          System.arraycopy(buf, pos, line, len, n);
          len += n;
        }
      }
      if (i < end) {
        pos = i + 1; // skip the LF
        return finish(len, tooLong, nulAt, true);
      }
      pos = i;
    }
  }

  private Line finish(int len, boolean tooLong, long nulAt, boolean terminated) {
    number++;
    if (tooLong) {
      return new Line(
          number,
          null,
          "line " + number + " is longer than " + maxChars + " characters",
          terminated);
    }
    if (nulAt >= 0) {
      return new Line(
          number,
          null,
          "NUL byte in line " + number + " (binary data?) at character " + (nulAt + 1),
          terminated);
    }
    try {
      String text = decoder.reset().decode(ByteBuffer.wrap(line, 0, len)).toString();
      return new Line(number, text, null, terminated);
    } catch (MalformedInputException e) {
      int at = utf8Position(len);
      return new Line(
          number, null, "invalid UTF-8 in line " + number + " at byte " + at, terminated);
    } catch (CharacterCodingException e) {
      return new Line(number, null, "invalid UTF-8 in line " + number, terminated);
    } finally {
      if (line.length > 1 << 20) {
        line = new byte[1024];
      }
    }
  }

  /** The 1-based byte position of the first malformed sequence in the current line. */
  private int utf8Position(int len) {
    ByteBuffer bb = ByteBuffer.wrap(line, 0, len);
    java.nio.CharBuffer cb = java.nio.CharBuffer.allocate(Math.max(16, len));
    decoder.reset().decode(bb, cb, true);
    return bb.position() + 1;
  }

  private void fill() throws IOException {
    if (eof) {
      return;
    }
    int n = in.read(buf, 0, buf.length);
    if (n < 0) {
      eof = true;
      pos = limit = 0;
      return;
    }
    pos = 0;
    limit = n;
    if (!started) {
      started = true;
      while (limit < 3) {
        int more = in.read(buf, limit, buf.length - limit);
        if (more < 0) {
          break;
        }
        limit += more;
      }
      if (limit >= 3
          && (buf[0] & 0xFF) == 0xEF
          && (buf[1] & 0xFF) == 0xBB
          && (buf[2] & 0xFF) == 0xBF) {
        pos = 3;
      }
    }
    bytesRead += limit - pos;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

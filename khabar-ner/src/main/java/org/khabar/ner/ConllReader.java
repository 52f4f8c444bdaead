package org.khabar.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.EntityType;

/**
 * Reads CoNLL-style files: one token per line, columns separated by tabs (or spaces), the token
 * first and the tag last, a blank line between sentences. Lines that start with {@code #} and do
 * not hold a {@code #} token (a {@code #} followed by a tab) are comments.
 *
 * <p>Cleans the quirks of the Hindi corpora: types without {@code B-}/{@code I-} ({@code -NEL}),
 * bare {@code -} tags, {@code I-} without a {@code B-}, lines with a tag but no token, a byte-order
 * mark. Undecodable input fails with the file and line.
 */
public final class ConllReader {

  private ConllReader() {}

  /** Reads a labelled corpus, mapping its types through {@code format}. */
  public static ConllCorpus readLabeled(Path file, CorpusFormat format) throws IOException {
    try (BufferedReader r = open(file)) {
      return readLabeled(r, file.toString(), format);
    }
  }

  /** Reads a labelled corpus from a reader; {@code source} names it in errors. */
  public static ConllCorpus readLabeled(Reader in, String source, CorpusFormat format)
      throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<LabeledSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int repaired = 0;
    int unreadable = 0;
    int skipped = 0;
    boolean noisy = false;
    int first = 0;
    EntityType prevType = null;
    int lineNo = 0;
    for (String line = readLine(r, source, lineNo); line != null; ) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        if (!tokens.isEmpty()) {
          out.add(new LabeledSentence(tokens, tags, first, noisy));
          tokens = new ArrayList<>();
          tags = new ArrayList<>();
        }
        noisy = false;
        prevType = null;
      } else if (!isComment(line)) {
        String[] cols = columns(line);
        if (cols.length < 2) {
          skipped++;
          noisy = true;
        } else {
          String raw = cols[cols.length - 1];
          String tag;
          EntityType type;
          if (raw.equals("O")) {
            tag = Bio.OUTSIDE;
            type = null;
          } else if (raw.isEmpty() || raw.equals("-")) {
            unreadable++;
            noisy = true;
            tag = Bio.OUTSIDE;
            type = null;
          } else {
            boolean b = raw.startsWith("B-");
            boolean i = raw.startsWith("I-");
            String name = b || i ? raw.substring(2) : raw.startsWith("-") ? raw.substring(1) : raw;
            type = format.map(name);
            if (type == null) {
              tag = Bio.OUTSIDE;
            } else {
              boolean continues = prevType == type && !b;
              if ((!b && !i) || (i && !continues)) {
                repaired++;
              }
              tag = continues ? Bio.inside(type) : Bio.begin(type);
            }
          }
          if (tokens.isEmpty()) {
            first = lineNo;
          }
          tokens.add(cols[0]);
          tags.add(tag);
          prevType = type;
        }
      }
      line = readLine(r, source, lineNo);
    }
    if (!tokens.isEmpty()) {
      out.add(new LabeledSentence(tokens, tags, first, noisy));
    }
    return new ConllCorpus(out, repaired, unreadable, skipped);
  }

  /** Whether a line is a comment rather than a token line. */
  public static boolean isComment(String line) {
    return line.startsWith("#") && !(line.length() > 1 && (line.charAt(1) == '\t'));
  }

  /** The token of a token line: its first column. */
  public static String token(String line) {
    return columns(line)[0];
  }

  private static String[] columns(String line) {
    String s = line.strip();
    return line.indexOf('\t') >= 0 ? s.split("\t") : s.split("\\s+");
  }

  /**
   * Opens a file as strict UTF-8: malformed bytes fail with the file and the line they are on,
   * rather than turning into U+FFFD.
   */
  public static BufferedReader open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    byte[] bytes = Files.readAllBytes(file);
    return new BufferedReader(new StringReader(decode(bytes, file.toString())));
  }

  static String decode(byte[] bytes, String source) throws ConllException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ConllException(source, line, "not UTF-8 text (byte offset " + in.position() + ")");
    }
    return out.flip().toString();
  }

  /** Reads one line, naming the source and line in a decoding failure. */
  public static String readLine(BufferedReader r, String source, int linesRead)
      throws ConllException {
    try {
      return r.readLine();
    } catch (IOException e) {
      throw new ConllException(source, linesRead + 1, "cannot read: " + e.getMessage(), e);
    }
  }
}

package org.khabar.io.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Recognises empty and binary inputs and, for {@link Format#AUTO}, the format of an input. */
final class Sniffer {

  static final int WINDOW = 8192;

  private Sniffer() {}

  /** What the first bytes of an input say. */
  record Verdict(Format format, String problem) {}

  /**
   * Looks at the start of {@code in} (which is left unread) and decides the format: by extension
   * first, by content when the extension says nothing.
   */
  static Verdict sniff(String fileName, BufferedInputStream in, Format forced) throws IOException {
    in.mark(WINDOW + 1);
    byte[] head = in.readNBytes(WINDOW);
    in.reset();
    int start =
        head.length >= 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    if (head.length - start == 0) {
      return new Verdict(null, "empty file");
    }
    for (int i = start; i < head.length; i++) {
      if (head[i] == 0) {
        return new Verdict(null, "binary file (NUL byte at byte " + (i + 1) + ")");
      }
    }
    if (forced != Format.AUTO) {
      return new Verdict(forced, null);
    }
    Format byName = byExtension(fileName);
    // decode leniently: only for a look at the first characters
    String text =
        new String(head, start, head.length - start, StandardCharsets.UTF_8).stripLeading();
    if (byName == Format.TEXT) {
      return new Verdict(SeedSource.looksLikeSeed(text) ? Format.SEED : Format.TEXT, null);
    }
    if (byName != null) {
      return new Verdict(byName, null);
    }
    return new Verdict(byContent(text), null);
  }

  /** The format a file name says, or null. */
  static Format byExtension(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Format.JSONL;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
      return Format.RSS;
    }
    if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".seed")) {
      return Format.TEXT;
    }
    return null;
  }

  private static Format byContent(String text) {
    if (text.startsWith("{")) {
      return Format.JSONL;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<")) {
      if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
        return Format.RSS;
      }
      return Format.HTML;
    }
    if (SeedSource.looksLikeSeed(text)) {
      return Format.SEED;
    }
    return Format.TEXT;
  }
}

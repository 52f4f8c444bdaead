package org.khabar.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Raw Hindi text for learning word clusters: every text, CSV and XML file under a directory (XML
 * tags stripped, README/SOURCE/LICENSE files skipped), split into lines and tokens.
 *
 * <p>The tokenizer here is deliberately crude (runs of letters, marks and digits, or one other
 * symbol) and only serves clustering: the project's real tokenizer lives in the text module, and a
 * few differences in splitting punctuation do not change which class a word falls in.
 */
public final class UnlabeledText {

  private UnlabeledText() {}

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  /** The lines of every text file under {@code dir} (sorted by path), as token keys. */
  public static List<List<String>> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).filter(UnlabeledText::isText).sorted().toList();
    }
    List<List<String>> out = new ArrayList<>();
    for (Path f : files) {
      String text = decode(f);
      if (text.startsWith("<?xml") || text.startsWith("<")) {
        text = TAG.matcher(text).replaceAll(" ");
      }
      for (String line : text.split("\\R")) {
        List<String> tokens = tokenize(line);
        if (!tokens.isEmpty()) {
          out.add(tokens.stream().map(Words::key).toList());
        }
      }
    }
    return out;
  }

  /** Splits a line into tokens (see the class comment). */
  public static List<String> tokenize(String line) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(line);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static boolean isText(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.contains("readme") || name.startsWith("source") || name.startsWith("license")) {
      return false;
    }
    if (name.endsWith(".json") || name.endsWith(".md")) {
      return false;
    }
    return name.endsWith(".txt")
        || name.endsWith(".csv")
        || name.endsWith(".xml")
        || name.endsWith(".tsv")
        || !name.contains(".");
  }

  private static String decode(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot decode " + f, e);
    }
  }
}

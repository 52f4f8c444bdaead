package org.khabar.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the module's small line-based resource files (word lists, tables). */
public final class KbResources {

  private KbResources() {}

  /**
   * The lines of a resource next to {@link KnowledgeBase}, stripped, without blank lines and {@code
   * #} comments; fails when the resource is missing.
   */
  public static List<String> lines(String name) {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

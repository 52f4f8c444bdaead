package org.khabar.kb.build;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where ../shared is; tests that need it skip when it is absent. */
final class SharedData {

  private SharedData() {}

  static Path require(String sub) {
    String p = System.getProperty("khabar.shared", "../shared");
    Path dir = Path.of(p).resolve(sub);
    assumeTrue(Files.exists(dir), "no " + dir + ": skipped");
    return Path.of(p);
  }
}

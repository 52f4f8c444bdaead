package org.khabar.server;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code khabar serve} for the process tests: the same {@link Serve#run} over the test analyser.
 * Arguments: STORE TOKEN.
 */
public final class TestMain {
  private TestMain() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Serve.run(
        Path.of(args[0]),
        ServerConfig.defaults().withPort(0).withToken(args[1]),
        new TestAnalyzer(),
        out,
        err);
  }
}

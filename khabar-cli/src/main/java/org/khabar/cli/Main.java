package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khabar} command: one subcommand per verb. */
@Command(
    name = "khabar",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Khabar (ख़बर): Hindi political news into a searchable, cited record of posts, meetings,",
      "quotes and alliances."
    },
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      EntityCommand.class,
      ServeCommand.class,
      NerCommand.class,
      KbCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with UTF-8 output streams. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("khabar " + cmd.getCommandName() + ": error: " + describe(ex));
          if (System.getenv("KHABAR_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
          }
          return ExitCodes.FAILED;
        });
    return cl;
  }

  /**
   * Lucene announces through java.util.logging that the vector incubator module is off; Khabar
   * stores no vectors, so the notice only confuses users.
   */
  private static void quietLibraries() {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
  }

  /** Held so that the logger, and its level, is not garbage-collected. */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger(
          "org.apache.lucene.internal.vectorization.VectorizationProvider");

  static String describe(Throwable ex) {
    String m = ex.getMessage();
    return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
  }

  public static void main(String[] args) {
    quietLibraries();
    System.exit(commandLine().execute(args));
  }

  /** The version from the jar manifest, or "dev". */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"khabar " + (v == null ? "dev" : v)};
    }
  }
}

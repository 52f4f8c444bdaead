package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.analysis.Analyzer;
import org.khabar.archive.StoreLocation;
import org.khabar.server.Serve;
import org.khabar.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar serve}: the JSON API and the web UI over an archive, from one process. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the archive: a web UI to search stories, read analysed articles and follow people,",
      "parties and places, and a JSON API (described at /api/openapi.json).",
      "Binds to 127.0.0.1 unless --host says otherwise. Writes (POST /api/articles) need the",
      "bearer token set with --token or KHABAR_TOKEN; without one they are refused.",
      "Stops cleanly on SIGTERM or Ctrl-C: requests in flight finish, the archive is closed."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "The archive directory (default: $KHABAR_STORE, else $XDG_DATA_HOME/khabar, else"
              + " ~/.local/share/khabar).")
  Path store;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description =
          "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
              + " interface).")
  String host;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Bearer token that writes require (default: $KHABAR_TOKEN; prefer the variable, a"
              + " command line is visible to other users).")
  String token;

  @Option(
      names = "--max-body-mb",
      defaultValue = "10",
      description = "Largest request body in MB (default: ${DEFAULT-VALUE}).")
  int maxBodyMb;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "Extra knowledge-base entries (JSONL), added to the shipped knowledge base.")
  List<Path> kbFiles = new ArrayList<>();

  public ServeCommand() {
    // picocli fills the fields
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxBodyMb < 1) {
      err.println("khabar serve: --max-body-mb must be at least 1");
      return ExitCodes.USAGE;
    }
    String theToken = token != null ? token : System.getenv("KHABAR_TOKEN");
    ServerConfig config =
        ServerConfig.defaults()
            .withHost(host)
            .withPort(port)
            .withToken(theToken)
            .withMaxBodyBytes((long) maxBodyMb << 20);
    Analyzer analyzer = kbFiles.isEmpty() ? Analyzer.standard() : Analyzer.withExtraKb(kbFiles);
    Serve.run(StoreLocation.resolve(store), config, analyzer::analyze, out, err);
    return 0;
  }
}

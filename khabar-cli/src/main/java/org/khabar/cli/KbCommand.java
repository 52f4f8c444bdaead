package org.khabar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.kb.KbMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khabar kb}: the knowledge base's tools. Each subcommand hands its arguments to {@link
 * KbMain} in the knowledge-base module, where the logic lives.
 */
@Command(
    name = "kb",
    description = "Knowledge base: rebuild it, look names up, transliterate, measure.",
    mixinStandardHelpOptions = true,
    subcommands = {
      KbCommand.Build.class,
      KbCommand.Lookup.class,
      KbCommand.Translit.class,
      KbCommand.EvalLink.class,
      KbCommand.EvalTranslit.class,
      KbCommand.TrainTranslit.class,
      KbCommand.RoundTrip.class
    })
public class KbCommand implements Callable<Integer> {

  public KbCommand() {}

  @Override
  public Integer call() {
    System.err.println(
        "khabar kb: give a subcommand (build, lookup, translit, eval-link, ...); see --help");
    return 2;
  }

  static int run(String command, List<String> args) throws Exception {
    List<String> all = new ArrayList<>();
    all.add(command);
    all.addAll(args);
    return KbMain.run(all.toArray(new String[0]), System.out, System.err);
  }

  static List<String> paths(Path... ps) {
    List<String> out = new ArrayList<>();
    for (Path p : ps) {
      if (p == null) {
        break;
      }
      out.add(p.toString());
    }
    return out;
  }

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description =
          "Compile the knowledge base from ../shared/data/kb-sources and curated.jsonl into the"
              + " module's resource files.")
  static class Build implements Callable<Integer> {
    @Parameters(
        index = "0",
        arity = "0..1",
        description = "sources directory (default ../shared/data/kb-sources)")
    Path sources;

    @Parameters(
        index = "1",
        arity = "0..1",
        description = "output directory (default khabar-kb/src/main/resources/org/khabar/kb)")
    Path out;

    @Override
    public Integer call() throws Exception {
      return run("build", paths(sources, out));
    }
  }

  @Command(
      name = "lookup",
      mixinStandardHelpOptions = true,
      description = "Find entries by a name in either script.")
  static class Lookup implements Callable<Integer> {
    @Option(
        names = "--kb",
        paramLabel = "FILE",
        description = "a JSONL file of your own entries (same shape as curated.jsonl); repeatable")
    List<Path> files = new ArrayList<>();

    @Parameters(arity = "1..*", description = "the name (several words are one name)")
    List<String> name;

    @Override
    public Integer call() throws Exception {
      List<String> args = new ArrayList<>();
      for (Path f : files) {
        args.add("--kb");
        args.add(f.toString());
      }
      args.addAll(name);
      return run("lookup", args);
    }
  }

  @Command(
      name = "translit",
      mixinStandardHelpOptions = true,
      description =
          "Transliteration candidates (Devanagari ↔ Latin) and the phonetic key of each word.")
  static class Translit implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "words in either script")
    List<String> words;

    @Override
    public Integer call() throws Exception {
      return run("translit", words);
    }
  }

  @Command(
      name = "eval-link",
      mixinStandardHelpOptions = true,
      description = "Grouping F1 and linking accuracy on ../shared/gold/dev.jsonl.")
  static class EvalLink implements Callable<Integer> {
    @Parameters(
        index = "0",
        arity = "0..1",
        description = "the shared directory (default ../shared)")
    Path shared;

    @Parameters(index = "1", arity = "0..1", description = "judgement file (default: the module's)")
    Path judgements;

    @Option(names = "-v", description = "one line per gold entity")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
      List<String> args = paths(shared, judgements);
      if (verbose) {
        args.add("-v");
      }
      return run("eval-link", args);
    }
  }

  @Command(
      name = "eval-translit",
      mixinStandardHelpOptions = true,
      description = "Word accuracy of transliteration on held-out pairs, both directions.")
  static class EvalTranslit implements Callable<Integer> {
    @Parameters(
        index = "0",
        arity = "0..1",
        description = "the shared directory (default ../shared)")
    Path shared;

    @Parameters(
        index = "1",
        arity = "0..1",
        description = "a model file (default: the shipped one)")
    Path model;

    @Override
    public Integer call() throws Exception {
      return run("eval-translit", paths(shared, model));
    }
  }

  @Command(
      name = "train-translit",
      mixinStandardHelpOptions = true,
      description = "Retrain the transliteration model from ../shared/data/translit.")
  static class TrainTranslit implements Callable<Integer> {
    @Parameters(
        index = "0",
        arity = "0..1",
        description = "the shared directory (default ../shared)")
    Path shared;

    @Parameters(index = "1", arity = "0..1", description = "where to write the model")
    Path out;

    @Override
    public Integer call() throws Exception {
      return run("train-translit", paths(shared, out));
    }
  }

  @Command(
      name = "roundtrip",
      mixinStandardHelpOptions = true,
      description = "Share of politicians' Latin names that lead back to their entry.")
  static class RoundTrip implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
      return run("roundtrip", List.of());
    }
  }
}

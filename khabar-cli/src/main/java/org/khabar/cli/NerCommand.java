package org.khabar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.ner.CorpusFormat;
import org.khabar.ner.NerTagger;
import org.khabar.ner.NerTool;
import org.khabar.ner.TrainingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ner train|eval|tag}: the named-entity tagger's verbs. A thin adapter over {@link NerTool};
 * usable on its own ({@code new CommandLine(new NerCommand()).execute(args)}).
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Hindi named entities (PERSON, ORG, PLACE): train, evaluate, tag.",
    subcommands = {NerCommand.Train.class, NerCommand.Eval.class, NerCommand.Tag.class})
public class NerCommand implements Runnable {

  @Spec CommandSpec spec;

  public NerCommand() {}

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing verb: train, eval or tag");
  }

  /** Runs the command on its own; exits with its status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new NerCommand()).execute(args));
  }

  private static NerTagger tagger(Path model) throws IOException {
    return model == null ? NerTagger.shipped() : NerTagger.load(model);
  }

  /** Fails early, before a model is loaded, when the input file cannot be read. */
  private static void checkReadable(Path file) throws IOException {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such readable file");
    }
  }

  private static int fail(CommandSpec spec, Exception e) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("ner: " + e.getMessage());
    err.flush();
    return 1;
  }

  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description =
          "Reproduces the shipped model from the public corpora (IL-NER train, HiNER minus its"
              + " held-out slice, news for word clusters) and prints its scores.")
  static final class Train implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--data",
        defaultValue = "../shared/data",
        description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
        names = "--out",
        defaultValue = "ner-crf-v2.bin.gz",
        description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
        names = "--learner",
        defaultValue = "crf",
        description =
            "crf: the shipped linear-chain CRF (ner-crf-v2); maxent: the maximum-entropy Markov"
                + " model shipped before it (ner-maxent-v1) (default: ${DEFAULT-VALUE}).")
    String learner;

    @Override
    public Integer call() {
      PrintWriter log = spec.commandLine().getOut();
      try {
        TrainingConfig config =
            switch (learner) {
              case "crf" -> TrainingConfig.shipped();
              case "maxent" -> TrainingConfig.maxentV1();
              default ->
                  throw new IllegalArgumentException(
                      "--learner must be crf or maxent, not '" + learner + "'");
            };
        NerTool.train(data, out, config, log);
        return 0;
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        return fail(spec, e);
      } finally {
        log.flush();
      }
    }
  }

  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description = "Span precision, recall and F1 per type and overall on a labelled CoNLL file.")
  static final class Eval implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--conll", required = true, description = "The labelled CoNLL file.")
    Path conll;

    @Option(
        names = "--format",
        defaultValue = "bio",
        description = "Tag set of the file: ilner, hiner or bio (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--model", description = "A model file (default: the shipped model).")
    Path model;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try {
        CorpusFormat f = CorpusFormat.parse(format);
        checkReadable(conll);
        NerTool.eval(tagger(model), conll, f, out);
        return 0;
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        return fail(spec, e);
      } finally {
        out.flush();
      }
    }
  }

  @Command(
      name = "tag",
      mixinStandardHelpOptions = true,
      description =
          "Tags a pre-tokenised CoNLL file (token in the first column, blank line between"
              + " sentences) and prints token<TAB>tag lines.")
  static final class Tag implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--conll", required = true, description = "The CoNLL file to tag.")
    Path conll;

    @Option(names = "--model", description = "A model file (default: the shipped model).")
    Path model;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try {
        checkReadable(conll);
        NerTool.tag(tagger(model), conll, out);
        return 0;
      } catch (IOException | UncheckedIOException e) {
        return fail(spec, e);
      } finally {
        out.flush();
      }
    }
  }
}

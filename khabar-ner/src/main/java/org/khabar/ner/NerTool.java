package org.khabar.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The logic behind the {@code ner} command's verbs (train, eval, tag), kept apart from the command
 * line so that any front end can call it.
 */
public final class NerTool {

  private NerTool() {}

  /**
   * Reproduces the shipped model from the corpora under {@code dataDir}, writes it to {@code out},
   * then prints its scores on IL-NER dev and the HiNER held-out slice.
   */
  public static NerModel train(Path dataDir, Path out, TrainingConfig config, PrintWriter log)
      throws IOException {
    NerCorpora corpora = new NerCorpora(dataDir);
    if (!corpora.available()) {
      throw new IOException(
          "no NER corpora under " + dataDir + " (expected ner/il-ner-hindi and ner/hiner)");
    }
    NerModel model = NerTrainer.trainShipped(corpora, config, log);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      model.write(os);
    }
    log.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
    NerTagger tagger = new NerTagger(model);
    log.println("IL-NER dev:");
    log.print(evaluate(tagger, corpora.ilnerDev().sentences()).table());
    log.println("HiNER held-out:");
    log.print(evaluate(tagger, corpora.hinerHeldOut()).table());
    return model;
  }

  /** Scores a tagger on labelled sentences. */
  public static NerScores evaluate(NerTagger tagger, List<LabeledSentence> sentences) {
    List<List<String>> gold = new ArrayList<>(sentences.size());
    List<List<String>> predicted = new ArrayList<>(sentences.size());
    for (LabeledSentence s : sentences) {
      gold.add(s.tags());
      predicted.add(tagger.tag(s.tokens()));
    }
    return NerScores.score(gold, predicted);
  }

  /** Reads a labelled CoNLL file and prints the tagger's span scores on it. */
  public static NerScores eval(NerTagger tagger, Path conll, CorpusFormat format, PrintWriter out)
      throws IOException {
    ConllCorpus corpus = ConllReader.readLabeled(conll, format);
    NerScores scores = evaluate(tagger, corpus.sentences());
    out.printf(
        Locale.ROOT,
        "%s (%s), model %s%n",
        conll,
        format.name().toLowerCase(Locale.ROOT),
        tagger.modelId());
    if (corpus.repairedTags() + corpus.unreadableTags() + corpus.skippedLines() > 0) {
      out.printf(
          Locale.ROOT,
          "input repairs: %d tags made valid BIO, %d unreadable tags read as O, %d lines without"
              + " a token skipped%n",
          corpus.repairedTags(),
          corpus.unreadableTags(),
          corpus.skippedLines());
    }
    out.print(scores.table());
    return scores;
  }

  /**
   * Tags a pre-tokenised CoNLL file: prints each token with its tag ({@code token<TAB>tag}) in the
   * input order, a blank line wherever the input has one; comment lines are skipped.
   */
  public static void tag(NerTagger tagger, Path conll, PrintWriter out) throws IOException {
    String source = conll.toString();
    try (BufferedReader r = ConllReader.open(conll)) {
      List<String> sentence = new ArrayList<>();
      int lineNo = 0;
      for (String line = ConllReader.readLine(r, source, lineNo);
          line != null;
          line = ConllReader.readLine(r, source, lineNo)) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          flush(tagger, sentence, out);
          out.println();
        } else if (!ConllReader.isComment(line)) {
          String token = ConllReader.token(line);
          if (token.isEmpty()) {
            throw new ConllException(source, lineNo, "no token in the first column");
          }
          sentence.add(token);
        }
      }
      flush(tagger, sentence, out);
    }
    out.flush();
  }

  private static void flush(NerTagger tagger, List<String> sentence, PrintWriter out) {
    if (sentence.isEmpty()) {
      return;
    }
    List<String> tags = tagger.tag(sentence);
    for (int i = 0; i < sentence.size(); i++) {
      out.print(sentence.get(i));
      out.print('\t');
      out.println(tags.get(i));
    }
    sentence.clear();
  }
}

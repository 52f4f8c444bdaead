package org.khabar.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tagging speed of the shipped model on one thread (not a unit test): tags IL-NER dev plus the
 * HiNER held-out slice (or random sentences when ../shared is absent) repeatedly and prints tokens
 * per second for the fast scorer and, for comparison, for OpenNLP's own evaluation. A model file
 * given as third argument is measured instead of the shipped model.
 *
 * <pre>
 * java -cp khabar-ner/target/classes:khabar-ner/target/test-classes:... \
 *     org.khabar.ner.NerSpeedBench [../shared/data] [seconds] [model file]
 * </pre>
 */
public final class NerSpeedBench {

  private NerSpeedBench() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    List<List<String>> sentences = new ArrayList<>();
    NerCorpora corpora = new NerCorpora(data);
    if (Files.isDirectory(data) && corpora.available()) {
      corpora.ilnerDev().sentences().forEach(s -> sentences.add(s.tokens()));
      corpora.hinerHeldOut().forEach(s -> sentences.add(s.tokens()));
    } else {
      sentences.addAll(NerTaggerTest.randomSentences(1, 5000));
    }
    long tokens = sentences.stream().mapToLong(List::size).sum();
    long t0 = System.nanoTime();
    NerTagger tagger = args.length > 2 ? NerTagger.load(Path.of(args[2])) : NerTagger.shipped();
    System.out.printf(
        Locale.ROOT,
        "model %s loaded in %.2f s; %d sentences, %d tokens per pass%n",
        tagger.modelId(),
        (System.nanoTime() - t0) / 1e9,
        sentences.size(),
        tokens);
    run("fast scorer (warm-up)", sentences, tokens, seconds / 2, s -> tagger.tag(s));
    run("fast scorer", sentences, tokens, seconds, s -> tagger.tag(s));
    run("OpenNLP eval", sentences, tokens, seconds / 2, s -> tagger.tagWithLibrary(s));
  }

  private interface Job {
    Object tag(List<String> sentence);
  }

  private static void run(
      String name, List<List<String>> sentences, long tokens, double seconds, Job job) {
    long start = System.nanoTime();
    long done = 0;
    int sink = 0;
    while (System.nanoTime() - start < seconds * 1e9) {
      for (List<String> s : sentences) {
        sink += job.tag(s).hashCode() & 1;
      }
      done += tokens;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-24s %,12.0f tokens/s (%d tokens, %.1f s, %d)%n",
        name,
        done / elapsed,
        done,
        elapsed,
        sink & 0);
  }
}

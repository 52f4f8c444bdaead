package org.khabar.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The labelled corpora under a data directory ({@code ../shared/data}) and the fixed split used for
 * training and evaluation:
 *
 * <ul>
 *   <li>IL-NER Hindi {@code train.conll} for training (sentences with unreadable tags left out),
 *       {@code dev.conll} for evaluation only;
 *   <li>HiNER collapsed part a, split by a hash of each sentence's tokens: {@value
 *       #HELD_OUT_PERCENT}% held out for evaluation, the rest for training.
 * </ul>
 */
public final class NerCorpora {

  /** The share of HiNER sentences held out of training, chosen by {@link #isHeldOut}. */
  public static final int HELD_OUT_PERCENT = 15;

  private final Path dataDir;

  public NerCorpora(Path dataDir) {
    this.dataDir = dataDir;
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path ilnerTrainFile() {
    return dataDir.resolve("ner/il-ner-hindi/train.conll");
  }

  public Path ilnerDevFile() {
    return dataDir.resolve("ner/il-ner-hindi/dev.conll");
  }

  public Path hinerFile() {
    return dataDir.resolve("ner/hiner/collapsed-part-a.conll");
  }

  public Path newsDir() {
    return dataDir.resolve("news");
  }

  /** Whether the labelled corpora are present. */
  public boolean available() {
    return Files.isRegularFile(ilnerTrainFile())
        && Files.isRegularFile(ilnerDevFile())
        && Files.isRegularFile(hinerFile());
  }

  public ConllCorpus ilnerTrain() throws IOException {
    return ConllReader.readLabeled(ilnerTrainFile(), CorpusFormat.ILNER);
  }

  public ConllCorpus ilnerDev() throws IOException {
    return ConllReader.readLabeled(ilnerDevFile(), CorpusFormat.ILNER);
  }

  /** All of HiNER collapsed part a. */
  public ConllCorpus hiner() throws IOException {
    return ConllReader.readLabeled(hinerFile(), CorpusFormat.HINER);
  }

  /** The HiNER sentences used for training. */
  public List<LabeledSentence> hinerTrain() throws IOException {
    return hiner().sentences().stream().filter(s -> !isHeldOut(s.tokens())).toList();
  }

  /** The HiNER sentences held out for evaluation. */
  public List<LabeledSentence> hinerHeldOut() throws IOException {
    return hiner().sentences().stream().filter(s -> isHeldOut(s.tokens())).toList();
  }

  /** The training sentences: clean IL-NER train plus the HiNER training part. */
  public List<LabeledSentence> training() throws IOException {
    List<LabeledSentence> out = new ArrayList<>(ilnerTrain().clean());
    hinerTrain().stream().filter(s -> !s.noisy()).forEach(out::add);
    return out;
  }

  /**
   * Whether a sentence belongs to the held-out slice: CRC-32 of its tokens joined by spaces
   * (UTF-8), modulo 100, below {@link #HELD_OUT_PERCENT}. Identical sentences fall on the same
   * side.
   */
  public static boolean isHeldOut(List<String> tokens) {
    CRC32 crc = new CRC32();
    crc.update(String.join(" ", tokens).getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 100 < HELD_OUT_PERCENT;
  }
}

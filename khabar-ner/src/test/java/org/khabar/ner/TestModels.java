package org.khabar.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A tiny model trained in a second on hand-written sentences, for tests that need a tagger. */
final class TestModels {

  private TestModels() {}

  /** Sentences written for the tests: token/TAG pairs, tags in Khabar's BIO set. */
  static final List<String> SENTENCES =
      List.of(
          "मुख्यमंत्री/O योगी/B-PERSON आदित्यनाथ/I-PERSON ने/O लखनऊ/B-PLACE में/O बैठक/O की/O ।/O",
          "प्रधानमंत्री/O नरेंद्र/B-PERSON मोदी/I-PERSON ने/O वाराणसी/B-PLACE में/O रैली/O की/O ।/O",
          "भारतीय/B-ORG जनता/I-ORG पार्टी/I-ORG ने/O पटना/B-PLACE में/O बैठक/O बुलाई/O ।/O",
          "कांग्रेस/B-ORG नेता/O राहुल/B-PERSON गांधी/I-PERSON अमेठी/B-PLACE पहुंचे/O ।/O",
          "समाजवादी/B-ORG पार्टी/I-ORG के/O अध्यक्ष/O अखिलेश/B-PERSON यादव/I-PERSON ने/O कहा/O ।/O",
          "चुनाव/B-ORG आयोग/I-ORG ने/O बिहार/B-PLACE में/O मतदान/O की/O तारीख/O घोषित/O की/O ।/O",
          "विधायक/O सुनीता/B-PERSON देवी/I-PERSON ने/O गोरखपुर/B-PLACE में/O सभा/O की/O ।/O",
          "राष्ट्रीय/B-ORG जनता/I-ORG दल/I-ORG के/O नेता/O तेजस्वी/B-PERSON यादव/I-PERSON पटना/B-PLACE लौटे/O ।/O",
          "कल/O बारिश/O हुई/O और/O लोग/O घरों/O में/O रहे/O ।/O",
          "सांसद/O मनोज/B-PERSON तिवारी/I-PERSON ने/O दिल्ली/B-PLACE में/O प्रदर्शन/O किया/O ।/O");

  /** Sentences the tiny models were not trained on, for comparing scorers and decoders. */
  static final List<List<String>> UNSEEN =
      List.of(
          List.of("सांसद", "अनीता", "शर्मा", "ने", "जयपुर", "में", "कहा"),
          List.of("लोक", "जनशक्ति", "पार्टी", "के", "नेता", "पहुंचे"),
          List.of("विधायक", "रमेश", "कुमार", "सिंह", "ने", "भोपाल", "का", "दौरा", "किया", "।"),
          List.of("गोरखपुर"),
          List.of("मंत्री", "सुनीता", "देवी"));

  static List<LabeledSentence> sentences() {
    List<LabeledSentence> out = new ArrayList<>();
    for (String s : SENTENCES) {
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String pair : s.split(" ")) {
        int slash = pair.lastIndexOf('/');
        tokens.add(pair.substring(0, slash));
        tags.add(pair.substring(slash + 1));
      }
      out.add(new LabeledSentence(tokens, tags));
    }
    return out;
  }

  /** A model's tags in its own order. */
  static List<String> labels(NerModel m) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < m.maxent().getNumOutcomes(); i++) {
      labels.add(m.maxent().getOutcome(i));
    }
    return labels;
  }

  /** Every BIO-valid sequence of the labels of the given length, for brute-force checks. */
  static List<List<String>> validSequences(List<String> labels, int length) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    for (int i = 0; i < length; i++) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : out) {
        String prev = prefix.isEmpty() ? "O" : prefix.get(prefix.size() - 1);
        for (String t : labels) {
          if (t.startsWith("I-")
              && (prev.equals("O") || !prev.substring(2).equals(t.substring(2)))) {
            continue;
          }
          List<String> seq = new ArrayList<>(prefix);
          seq.add(t);
          next.add(seq);
        }
      }
      out = next;
    }
    return out;
  }

  private static final class Holder {
    static final NerModel TINY = train(tiny("ner-test-tiny"));
    static final NerModel TINY_SECOND_ORDER = train(tiny("ner-test-tiny-2").withTagOrder(2));
    static final NerModel TINY_CRF = train(tiny("ner-test-tiny-crf").withCrfEpochs(40));
  }

  /** The tiny model (trained once per test JVM). */
  static NerModel tiny() {
    return Holder.TINY;
  }

  /** The tiny model with second-order tag features (trained once per test JVM). */
  static NerModel tinySecondOrder() {
    return Holder.TINY_SECOND_ORDER;
  }

  /** A tiny linear-chain CRF on the same sentences (trained once per test JVM). */
  static NerModel tinyCrf() {
    return Holder.TINY_CRF;
  }

  /** The settings of the tiny models: no clusters, no gazetteer, light regularisation. */
  private static TrainingConfig tiny(String id) {
    return TrainingConfig.maxentV1()
        .withModelId(id)
        .withClusterSizes(List.of())
        .withRightClusterSizes(List.of())
        .withListGazetteer(false)
        .withIterations(200)
        .withRegularization(0.0, 0.1);
  }

  private static NerModel train(TrainingConfig config) {
    try {
      return NerTrainer.train(
          sentences(),
          Lexicon.shipped(),
          WordClusters.empty(),
          Gazetteer.NONE,
          config,
          new PrintWriter(Writer.nullWriter()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

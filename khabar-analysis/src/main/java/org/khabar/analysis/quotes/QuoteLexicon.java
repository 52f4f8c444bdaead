package org.khabar.analysis.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.khabar.analysis.lex.Lexicons;
import org.khabar.analysis.lex.PhraseTrie;
import org.khabar.model.SpeakerKind;

/** The cue words of reported speech, read once from the versioned files beside this class. */
public final class QuoteLexicon {

  /** How the words said relate to an ergative speech verb. */
  public enum VerbClass {
    SAY,
    OBJECT,
    BOTH
  }

  public record Verb(VerbClass cls, double confidence, String phrase) {}

  /** A non-name speaker word and the kind of speaker it is. */
  public enum NounKind {
    SOURCES,
    GROUP,
    UNKNOWN,
    ORGNOUN,
    PRONOUN,
    REPORT;

    public SpeakerKind speakerKind() {
      return switch (this) {
        case SOURCES -> SpeakerKind.SOURCES;
        case GROUP -> SpeakerKind.GROUP;
        case UNKNOWN -> SpeakerKind.UNKNOWN;
        case ORGNOUN -> SpeakerKind.ORG;
        case PRONOUN -> SpeakerKind.PERSON;
        case REPORT -> SpeakerKind.SOURCES;
      };
    }
  }

  public record SpeakerNoun(NounKind kind, String word) {}

  /** What a common noun for an organisation may refer back to. */
  public record OrgHead(List<String> heads, boolean press) {}

  final PhraseTrie<Verb> ergativeVerbs = new PhraseTrie<>();
  final PhraseTrie<Double> nominativeVerbs = new PhraseTrie<>();
  final PhraseTrie<Double> genitiveNouns = new PhraseTrie<>();
  final PhraseTrie<Double> attributions = new PhraseTrie<>();
  final PhraseTrie<Boolean> impersonal = new PhraseTrie<>();
  final PhraseTrie<SpeakerNoun> speakers = new PhraseTrie<>();
  final Set<String> auxiliaries = new HashSet<>();
  final Map<String, String> fusedErgative = new HashMap<>();
  final Map<String, OrgHead> orgHeads = new HashMap<>();
  final Set<String> pressBefore = new HashSet<>();
  final Set<String> pressAfter = new HashSet<>();
  final Set<String> genitiveMarkers;
  final String ergativeMarker;
  final String complementizer;

  public QuoteLexicon(UnaryOperator<String> canonical) {
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "ergative-verbs.tsv")) {
      VerbClass c;
      try {
        c = VerbClass.valueOf(r.col(1).trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown verb class '" + r.col(1) + "'");
      }
      ergativeVerbs.add(
          Lexicons.words(r.col(0), canonical), new Verb(c, r.number(2, 0.85), r.col(0)));
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "nominative-verbs.tsv")) {
      nominativeVerbs.add(Lexicons.words(r.col(0), canonical), r.number(1, 0.8));
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "genitive-nouns.tsv")) {
      genitiveNouns.add(Lexicons.words(r.col(0), canonical), r.number(1, 0.8));
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "attributions.tsv")) {
      attributions.add(Lexicons.words(r.col(0), canonical), r.number(1, 0.85));
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "impersonal.tsv")) {
      impersonal.add(Lexicons.words(r.col(0), canonical), Boolean.TRUE);
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "auxiliaries.tsv")) {
      auxiliaries.add(canonical.apply(r.col(0).strip()));
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "speakers.tsv")) {
      NounKind k;
      try {
        k = NounKind.valueOf(r.col(1).trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown speaker kind '" + r.col(1) + "'");
      }
      speakers.add(Lexicons.words(r.col(0), canonical), new SpeakerNoun(k, r.col(0).strip()));
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "markers.tsv")) {
      fusedErgative.put(canonical.apply(r.col(0).strip()), r.col(1).strip());
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "org-heads.tsv")) {
      orgHeads.put(
          String.join(" ", Lexicons.words(r.col(0), canonical)),
          new OrgHead(
              Lexicons.words(r.col(1), canonical), "yes".equalsIgnoreCase(r.col(2).strip())));
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "press-markers.tsv")) {
      String w = String.join(" ", Lexicons.words(r.col(0), canonical));
      if ("before".equalsIgnoreCase(r.col(1).strip())) {
        pressBefore.add(w);
      } else {
        pressAfter.add(w);
      }
    }
    ergativeMarker = canonical.apply("ने");
    complementizer = canonical.apply("कि");
    genitiveMarkers = Set.of(canonical.apply("का"), canonical.apply("की"), canonical.apply("के"));
  }
}

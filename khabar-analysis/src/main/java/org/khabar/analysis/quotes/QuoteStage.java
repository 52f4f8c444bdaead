package org.khabar.analysis.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.khabar.analysis.lex.Lexicons;
import org.khabar.analysis.lex.PhraseTrie;
import org.khabar.analysis.quotes.QuoteLexicon.NounKind;
import org.khabar.analysis.quotes.QuoteLexicon.SpeakerNoun;
import org.khabar.analysis.quotes.QuoteLexicon.Verb;
import org.khabar.analysis.quotes.QuoteLexicon.VerbClass;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Layer;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Quote;
import org.khabar.model.Role;
import org.khabar.model.Sentence;
import org.khabar.model.SpeakerKind;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.pipeline.Stage;

/**
 * Reported speech and its speakers. Rules over tokens, driven by the cue files beside {@link
 * QuoteLexicon}:
 *
 * <ul>
 *   <li>{@code ergative}: "X ने [...] कहा [है] कि C", "X ने C की मांग की" (verb classes SAY /
 *       OBJECT);
 *   <li>{@code genitive}: "X का कहना है कि C";
 *   <li>{@code attribution}: "X के मुताबिक, C";
 *   <li>{@code nominative}: "X बोले- C", "X कहते हैं कि C", and the headline order "बोले X, C";
 *   <li>{@code colon}: a headline-like line "C: X".
 * </ul>
 *
 * Words inside quotation marks right after a cue, or right before a sentence-final cue ("“C,” X ने
 * कहा"), are the content of a direct quote. Speakers are entity mentions ending where the cue
 * begins, posts held by a person of the article ("प्रधानमंत्री ने"), groups ("विधायकों"), anonymous
 * sources ("सूत्रों", never a person), institutions named by a common noun, and pronouns resolved
 * to the latest speaker or ergative subject. A cue whose speaker cannot be told is skipped where
 * the construction also has non-speech readings ("नियम के अनुसार"), and kept as UNKNOWN where it
 * has none.
 */
public final class QuoteStage implements Stage {

  public static final String NAME = "quotes";
  private static final int MAX_GAP = 20;
  private static final int PRONOUN_REACH = 3;
  private static final int CATAPHORA_REACH = 8;

  /** A verb with no कि and no mark before the words said must be this sure a speech verb. */
  private static final double BARE_CONFIDENCE = 0.9;

  private final QuoteLexicon lex;
  private final UnaryOperator<String> canonical;
  private final Set<String> honorifics = new HashSet<>();
  private final Set<String> quantifiers = new HashSet<>();
  private final Set<String> postpositions = new HashSet<>();
  private final Set<String> addressees = new HashSet<>();
  private final Set<String> subordinators = new HashSet<>();
  private final Set<String> notOpening = new HashSet<>();
  private final Set<String> indefinites = new HashSet<>();
  private final Set<String> cuePunct = new HashSet<>();
  private final Set<String> particles = new HashSet<>();
  private final Set<String> negations = new HashSet<>();
  private final String forStart;
  private final String forEnd;
  private final PhraseTrie<Double> attributionTails = new PhraseTrie<>();
  private final Map<String, String> postSynonyms;

  public QuoteStage(UnaryOperator<String> canonical) {
    this.canonical = canonical;
    this.lex = new QuoteLexicon(canonical);
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "words.tsv")) {
      String w = canonical.apply(r.col(0).strip());
      switch (r.col(1).strip().toUpperCase(Locale.ROOT)) {
        case "HONORIFIC" -> honorifics.add(w);
        case "QUANTIFIER" -> quantifiers.add(w);
        case "POSTPOSITION" -> postpositions.add(w);
        case "ADDRESSEE" -> addressees.add(w);
        case "SUBORDINATOR" -> subordinators.add(w);
        case "NOT_OPENING" -> notOpening.add(w);
        case "INDEFINITE" -> indefinites.add(w);
        case "PUNCT" -> cuePunct.add(w);
        case "PARTICLE" -> particles.add(w);
        case "NEGATION" -> negations.add(w);
        default -> throw r.error("unknown word class '" + r.col(1) + "'");
      }
    }
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "attributions.tsv")) {
      List<String> words = Lexicons.words(r.col(0), canonical);
      if (words.size() > 1 && lex.genitiveMarkers.contains(words.get(0))) {
        attributionTails.add(words.subList(1, words.size()), r.number(1, 0.85));
      }
    }
    forStart = canonical.apply("के");
    forEnd = canonical.apply("लिए");
    postSynonyms = new HashMap<>();
    for (Lexicons.Row r : Lexicons.rows(QuoteLexicon.class, "post-synonyms.tsv")) {
      postSynonyms.put(squash(r.col(0)), squash(r.col(1)));
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.ROLES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document doc) {
    Run run = new Run(doc);
    for (Sentence s : doc.sentences()) {
      run.sentence(s);
    }
    return doc.withQuotes(run.quotes);
  }

  private String squash(String post) {
    return canonical.apply(post.strip()).replace(" ", "");
  }

  /** The state of one document's analysis; not shared between threads. */
  private final class Run {
    final Document doc;
    final String text;
    final List<Token> tokens;
    final String[] norm;
    final Mention[] mentionEndingAt;
    final Mention[] mentionStartingAt;
    final Map<Mention, Entity> entityOf = new HashMap<>();
    final List<QuoteMarks.Quotation> marks;
    final List<Quote> quotes = new ArrayList<>();
    final Set<CharSpan> contents = new HashSet<>();
    final List<Role> roles;

    Speaker lastSpeaker;
    int lastSpeakerSentence = -10;
    Entity lastSubject;

    /** The speaker of "मैंने/हमने" while it is being read inside someone's quoted words. */
    Speaker firstPerson;

    int lastSubjectSentence = -10;
    int sentenceIndex;

    Run(Document doc) {
      this.doc = doc;
      this.text = doc.text();
      this.tokens = doc.tokens();
      this.norm = new String[tokens.size()];
      for (int i = 0; i < norm.length; i++) {
        norm[i] = tokens.get(i).norm();
      }
      this.mentionEndingAt = new Mention[tokens.size() + 1];
      this.mentionStartingAt = new Mention[tokens.size() + 1];
      for (Entity e : doc.entities()) {
        for (Mention m : e.mentions()) {
          entityOf.put(m, e);
          if (m.tokens().isEmpty()) {
            continue;
          }
          Mention cur = mentionEndingAt[m.tokens().end()];
          if (cur == null || better(m, cur)) {
            mentionEndingAt[m.tokens().end()] = m;
          }
          Mention st = mentionStartingAt[m.tokens().first()];
          if (st == null || better(m, st)) {
            mentionStartingAt[m.tokens().first()] = m;
          }
        }
      }
      this.marks = QuoteMarks.find(text);
      this.roles = doc.roles();
    }

    /** Longer mentions win; at equal length a person beats an organisation beats a place. */
    private boolean better(Mention a, Mention b) {
      if (a.tokens().size() != b.tokens().size()) {
        return a.tokens().size() > b.tokens().size();
      }
      return a.type().ordinal() < b.type().ordinal();
    }

    void sentence(Sentence s) {
      sentenceIndex = s.index();
      int a = s.tokens().first();
      int b = s.tokens().end();
      boolean subject = false;
      for (int i = a; i < b; i++) {
        String w = norm[i];
        if (w.equals(lex.ergativeMarker) || lex.fusedErgative.containsKey(w)) {
          subject = true;
        } else if (!subject) {
          int next = zeroSubject(a, b, i);
          if (next > i) {
            i = next;
            continue;
          }
        }
        if (w.equals(lex.ergativeMarker) && i > a) {
          i = ergative(a, b, i, i + 1, null);
        } else if (lex.fusedErgative.containsKey(w)) {
          if ("3".equals(lex.fusedErgative.get(w))) {
            i = ergative(a, b, i, i + 1, w);
          } else if ("1".equals(lex.fusedErgative.get(w))) {
            Speaker quoting = quotingSpeaker(i);
            if (quoting != null) {
              firstPerson = quoting.via(tokens.get(i).span(), w, "speaker.first-person", 0.95);
              i = ergative(a, b, i, i + 1, w);
              firstPerson = null;
            }
          }
        } else if (lex.genitiveMarkers.contains(w) && i > a) {
          genitive(a, b, i, i + 1, false);
          attribution(a, b, i);
        } else if (isPronoun(w) && i + 1 < b) {
          genitive(a, b, i, i + 1, true);
          pronounAttribution(a, b, i);
        }
        nominative(a, b, i);
      }
      colonHeadline(a, b);
    }

    // ------------------------------------------------------------ constructions

    /**
     * "X ने ... VERB". {@code marker} is the ने token (or the fused pronoun); {@code after} the
     * first token after the marker. Returns the index to continue scanning from.
     */
    int ergative(int a, int b, int marker, int after, String fusedPronoun) {
      Speaker speaker =
          firstPerson != null
              ? firstPerson
              : fusedPronoun != null
                  ? pronoun(tokens.get(marker).span(), "speaker.pronoun")
                  : resolve(a, marker);
      if (fusedPronoun == null && speaker != null && speaker.kind() == SpeakerKind.PERSON) {
        lastSubject = doc.entity(speaker.entityId());
        lastSubjectSentence = sentenceIndex;
      }
      PhraseTrie.Match<Verb> verb = null;
      for (int j = after; j < b && j < after + MAX_GAP; j++) {
        if (norm[j].equals(lex.ergativeMarker)
            || lex.fusedErgative.containsKey(norm[j])
            || norm[j].equals(lex.complementizer)) {
          break;
        }
        verb = lex.ergativeVerbs.longestAt(tokens, j, b, Token::norm);
        if (verb != null) {
          break;
        }
      }
      if (verb == null) {
        return marker;
      }
      if (verb.start() > after && negations.contains(norm[verb.start() - 1])) {
        return verb.end() - 1; // "X ने नाम नहीं बताया": nothing was said
      }
      int k = skipAux(verb.end(), b);
      boolean ki = k < b && norm[k].equals(lex.complementizer);
      int cueEnd = ki ? k + 1 : k;
      int contentStart = skipPunct(cueEnd, b);
      boolean punct = contentStart > cueEnd;
      int contentEnd = contentEnd(a, b);
      VerbClass cls = verb.value().cls();
      String rule;
      CharSpan content;
      int cueBegin = fusedPronoun != null ? verb.start() : marker;
      boolean direct = false;
      boolean nothingAfter = contentStart >= contentEnd;
      boolean objectShape =
          verb.start() > after
              && (cls == VerbClass.OBJECT
                  || nothingAfter
                  || postpositions.contains(norm[verb.start() - 1]));
      QuoteMarks.Quotation q = quotationAt(contentStart);
      QuoteMarks.Quotation before =
          nothingAfter && cls != VerbClass.OBJECT
              ? quotationBefore(tokens.get(a).begin(), startOfSpeaker(a, marker))
              : null;
      if (q != null && (ki || punct || cls != VerbClass.OBJECT)) {
        content = q.inner();
        direct = true;
        rule = "ergative.direct";
      } else if ((ki || punct) && !nothingAfter) {
        content = span(contentStart, contentEnd);
        rule = ki ? "ergative.ki" : "ergative.punct";
      } else if (before != null) {
        content = before.inner();
        direct = true;
        rule = "ergative.trailing";
      } else if (cls != VerbClass.SAY
          && objectShape
          && addressees.contains(norm[verb.start() - 1])) {
        // "X ने सरकार से अपील की थी C": the words before the verb name whom it was said to;
        // what was said can only follow
        if (contentEnd - contentStart < 3 || anyOf(subordinators, after, k)) {
          return verb.end() - 1; // "X ने जब … से अपील की थी तो …": a time clause, not speech
        }
        content = span(contentStart, contentEnd);
        rule = "ergative.after-addressee";
      } else if (cls != VerbClass.SAY && objectShape) {
        int cueStart = objectCueStart(after, verb.start());
        if (cueStart <= after) {
          return verb.end() - 1;
        }
        content = span(after, cueStart);
        cueBegin = cueStart;
        rule = "ergative.object";
      } else if (cls != VerbClass.OBJECT
          && contentEnd - contentStart >= 3
          && verb.value().confidence() >= BARE_CONFIDENCE
          && !notOpening.contains(norm[contentStart])
          && !anyOf(subordinators, after, verb.start())) {
        // "उन्होंने कहा सरकार …" (no कि): only a plain say-verb, not a clause of time or a
        // relative ("जब … पूछा तो", "जो … लिखा था"), and not words that go on with the story
        content = span(contentStart, contentEnd);
        rule = "ergative.bare";
      } else if (cls != VerbClass.OBJECT
          && nothingAfter
          && verb.start() == after
          && k < b
          && (norm[k].equals(".") || norm[k].equals("।"))
          && startOfSpeaker(a, marker) == tokens.get(a).begin()
          && previousSentence() != null) {
        // "… होगी. मुख्यमंत्री ने कहा.": a sentence that is only its speaker and verb, closed by a
        // full stop, reports the sentence before it (a subheading "X ने कहा" on its own line
        // introduces what follows instead, and is left alone)
        content = previousSentence();
        rule = "ergative.previous";
      } else {
        return verb.end() - 1;
      }
      if (speaker == null) {
        speaker = unknownBefore(a, marker);
      }
      double conf = verb.value().confidence() * speaker.confidence();
      if (rule.equals("ergative.bare")
          || rule.equals("ergative.previous")
          || rule.equals("ergative.after-addressee")) {
        conf *= 0.8;
      }
      emit(speaker, span(cueBegin, cueEnd), content, direct, rule, conf);
      return Math.max(marker, cueEnd - 1);
    }

    /** The words of the sentence before the current one, or null at the article's start. */
    private CharSpan previousSentence() {
      if (sentenceIndex == 0) {
        return null;
      }
      Sentence prev = doc.sentences().get(sentenceIndex - 1);
      if (prev.index() != sentenceIndex - 1) {
        return null;
      }
      int f = prev.tokens().first();
      int e = contentEnd(f, prev.tokens().end());
      return e - f >= 3 ? span(f, e) : null;
    }

    /**
     * "… के सवाल पर कहा, C", "साथ ही कहा कि C": a say-verb with no subject in its sentence
     * continues the speaker of this or the previous sentence, when that speaker is named. Returns
     * the index to continue from, or {@code i} when there is no such quote.
     */
    private int zeroSubject(int a, int b, int i) {
      PhraseTrie.Match<Verb> verb = lex.ergativeVerbs.longestAt(tokens, i, b, Token::norm);
      if (verb == null
          || verb.value().cls() == VerbClass.OBJECT
          || i > a && (negations.contains(norm[i - 1]) || mentionEndingAt[i] != null)
          || lex.impersonal.longestAt(tokens, verb.end(), b, Token::norm) != null
          || lastSpeaker == null
          || sentenceIndex - lastSpeakerSentence > 1
          || lastSpeaker.kind() != SpeakerKind.PERSON && lastSpeaker.kind() != SpeakerKind.ORG) {
        return i;
      }
      int k = skipAux(verb.end(), b);
      boolean ki = k < b && norm[k].equals(lex.complementizer);
      int cueEnd = ki ? k + 1 : k;
      int contentStart = skipPunct(cueEnd, b);
      if (!ki && contentStart == cueEnd || anyOf(subordinators, a, i)) {
        // "… को कहा गया": no words said follow; "जब … तो बताया कि": the subject is in the other
        // clause
        return i;
      }
      CharSpan content = contentAt(contentStart, contentEnd(a, b));
      int from = Math.min(lastSpeaker.span().end(), tokens.get(verb.start()).begin());
      if (content == null
          || content.length() < 8
          || text.substring(from, content.begin()).indexOf('\n') >= 0) {
        return i; // the speaker continues within a paragraph, not across a subheading
      }
      // the speaker is the one named before: its own words stand as the speaker's text
      Speaker sp =
          lastSpeaker.via(lastSpeaker.span(), lastSpeaker.text(), "speaker.zero-subject", 0.7);
      emit(
          sp,
          span(verb.start(), cueEnd),
          content,
          isDirect(content),
          "zero-subject",
          0.8 * sp.confidence());
      return cueEnd - 1;
    }

    /**
     * Where the cue of an object-taking verb starts: the verb, with the particles and the
     * postposition that tie the words said to it ("... की भी मांग की", "... करने के लिए कहा").
     */
    private int objectCueStart(int after, int verbStart) {
      int c = verbStart;
      while (c - 1 > after && particles.contains(norm[c - 1])) {
        c--;
      }
      if (c - 2 > after && norm[c - 2].equals(forStart) && norm[c - 1].equals(forEnd)) {
        return c - 2;
      }
      if (c - 1 > after && postpositions.contains(norm[c - 1])) {
        c--;
      }
      return c;
    }

    /** "X का कहना है कि C" (or a fused pronoun: "उनका कहना था कि C"). */
    void genitive(int a, int b, int marker, int nounAt, boolean fusedPronoun) {
      if (nounAt >= b) {
        return;
      }
      PhraseTrie.Match<Double> noun = lex.genitiveNouns.longestAt(tokens, nounAt, b, Token::norm);
      if (noun == null) {
        return;
      }
      int k = noun.end();
      int aux = k;
      k = skipAux(k, b);
      if (k == aux) {
        return; // "के आरोप के बाद": no copula, no speech
      }
      boolean ki = k < b && norm[k].equals(lex.complementizer);
      int cueEnd = ki ? k + 1 : k;
      int contentStart = skipPunct(cueEnd, b);
      if (!ki && contentStart == cueEnd) {
        return;
      }
      Speaker speaker =
          fusedPronoun ? pronoun(tokens.get(marker).span(), "speaker.pronoun") : resolve(a, marker);
      if (speaker == null) {
        return;
      }
      CharSpan content = contentAt(contentStart, contentEnd(a, b));
      if (content == null) {
        return;
      }
      int cueBegin = fusedPronoun ? nounAt : marker;
      emit(
          speaker,
          span(cueBegin, cueEnd),
          content,
          isDirect(content),
          "genitive",
          noun.value() * speaker.confidence());
    }

    /** "X के मुताबिक, C". */
    void attribution(int a, int b, int marker) {
      PhraseTrie.Match<Double> cue = lex.attributions.longestAt(tokens, marker, b, Token::norm);
      if (cue == null) {
        return;
      }
      Speaker speaker = resolve(a, marker);
      if (speaker == null) {
        return;
      }
      attributed(a, b, speaker, marker, cue.end(), cue.value());
    }

    /** "उनके मुताबिक, C". */
    void pronounAttribution(int a, int b, int pronounAt) {
      PhraseTrie.Match<Double> cue =
          attributionTails.longestAt(tokens, pronounAt + 1, b, Token::norm);
      if (cue == null) {
        return;
      }
      Speaker speaker = pronoun(tokens.get(pronounAt).span(), "speaker.pronoun");
      attributed(a, b, speaker, pronounAt + 1, cue.end(), cue.value());
    }

    private void attributed(int a, int b, Speaker speaker, int cueBegin, int cueEnd, double conf) {
      int contentStart = skipPunct(cueEnd, b);
      CharSpan content = contentAt(contentStart, contentEnd(a, b));
      if (content == null) {
        return;
      }
      emit(
          speaker,
          span(cueBegin, cueEnd),
          content,
          isDirect(content),
          "attribution",
          conf * speaker.confidence());
    }

    /** "X बोले- C", "X कहते हैं कि C", and the headline order "... बोले X, C". */
    void nominative(int a, int b, int i) {
      PhraseTrie.Match<Double> verb = lex.nominativeVerbs.longestAt(tokens, i, b, Token::norm);
      if (verb == null) {
        return;
      }
      int k = skipAux(verb.end(), b);
      if (lex.impersonal.longestAt(tokens, verb.end(), b, Token::norm) != null) {
        return;
      }
      Speaker speaker = i > a ? resolve(a, i) : null;
      String rule = "nominative";
      if (speaker == null) {
        // headline order: the speaker follows the verb and a comma, dash or colon follows the
        // speaker
        int p = k;
        while (p < b && p < k + 6 && !cuePunct.contains(norm[p])) {
          p++;
        }
        if (p < b && p > k && cuePunct.contains(norm[p])) {
          speaker = resolve(k, p);
          if (speaker != null) {
            rule = "nominative.inverted";
            k = p;
          }
        }
      }
      if (speaker == null) {
        return;
      }
      boolean ki = k < b && norm[k].equals(lex.complementizer);
      int cueEnd = ki ? k + 1 : k;
      int contentStart = skipPunct(cueEnd, b);
      if (!ki && contentStart == cueEnd && !rule.equals("nominative.inverted")) {
        QuoteMarks.Quotation q = quotationAt(contentStart);
        if (q == null) {
          return; // "वे कहते हैं" with nothing said after it
        }
      }
      CharSpan content = contentAt(contentStart, contentEnd(a, b));
      if (content == null) {
        return;
      }
      int cueBegin = rule.equals("nominative.inverted") ? verb.start() : i;
      int cueLast = rule.equals("nominative.inverted") ? verb.end() : cueEnd;
      emit(
          speaker,
          span(cueBegin, cueLast),
          content,
          isDirect(content),
          rule,
          verb.value() * speaker.confidence());
    }

    /** A headline-like line "C: X" where X is a person (possibly with a post). */
    void colonHeadline(int a, int b) {
      int colon = -1;
      for (int i = a; i < b; i++) {
        if (norm[i].equals(":")) {
          colon = i;
        }
      }
      if (colon <= a || colon >= b - 1) {
        return;
      }
      String last = norm[b - 1];
      if (last.equals("।") || last.equals(".") || last.equals("?") || last.equals("!")) {
        return;
      }
      Mention m = mentionEndingAt[b];
      if (m == null || m.type() != EntityType.PERSON || m.tokens().first() <= colon) {
        return;
      }
      for (int i = colon + 1; i < m.tokens().first(); i++) {
        if (tokens.get(i).kind() == TokenKind.PUNCTUATION) {
          return;
        }
      }
      if (m.tokens().first() - colon > 4) {
        return;
      }
      Entity e = entityOf.get(m);
      Speaker speaker =
          new Speaker(SpeakerKind.PERSON, e.id(), m.span(), m.text(), "speaker.entity", 0.9);
      emit(speaker, tokens.get(colon).span(), span(a, colon), false, "colon", 0.75);
    }

    // ------------------------------------------------------------ speakers

    /** The speaker named by the words that end right before token {@code end}, or null. */
    Speaker resolve(int floor, int end) {
      int e = end;
      while (e - 1 > floor && honorifics.contains(norm[e - 1])) {
        e--;
      }
      if (e <= floor) {
        return null;
      }
      Mention m = mentionEndingAt[e];
      if (m != null && m.tokens().first() >= floor) {
        Entity ent = entityOf.get(m);
        SpeakerKind kind = ent.type() == EntityType.PERSON ? SpeakerKind.PERSON : SpeakerKind.ORG;
        return new Speaker(kind, ent.id(), m.span(), m.text(), "speaker.entity", 0.95);
      }
      PhraseTrie.Match<SpeakerNoun> noun =
          lex.speakers.longestEndingAt(tokens, e, floor, Token::norm);
      if (noun != null) {
        return speakerNoun(floor, noun);
      }
      Speaker byPost = byPost(floor, e);
      if (byPost != null) {
        return byPost;
      }
      return null;
    }

    private Speaker speakerNoun(int floor, PhraseTrie.Match<SpeakerNoun> noun) {
      CharSpan sp = span(noun.start(), noun.end());
      NounKind kind = noun.value().kind();
      switch (kind) {
        case SOURCES:
          return new Speaker(SpeakerKind.SOURCES, null, sp, sp.in(text), "speaker.sources", 0.95);
        case GROUP:
          {
            int s = noun.start();
            Mention whose = mentionEndingAt[s];
            if (whose != null
                && whose.type() != EntityType.PERSON
                && whose.tokens().first() >= floor) {
              s = whose.tokens().first(); // "कांग्रेस कार्यकर्ताओं"
            }
            if (s - 1 >= floor && quantifiers.contains(norm[s - 1])) {
              s--;
            } else if (s - 2 >= floor
                && lex.genitiveMarkers.contains(norm[s - 1])
                && tokens.get(s - 2).kind() == TokenKind.DEVANAGARI) {
              s -= 2; // "प्रदेश के नेताओं"
            }
            CharSpan g = span(s, noun.end());
            return new Speaker(SpeakerKind.GROUP, null, g, g.in(text), "speaker.group", 0.9);
          }
        case UNKNOWN:
          {
            int s = noun.start();
            for (int k = noun.start() - 1; k >= floor && k >= noun.start() - 3; k--) {
              if (indefinites.contains(norm[k])) {
                s = k;
                break;
              }
            }
            CharSpan g = span(s, noun.end());
            return new Speaker(SpeakerKind.UNKNOWN, null, g, g.in(text), "speaker.unnamed", 0.8);
          }
        case ORGNOUN:
          {
            Entity org = orgFor(noun.value().word(), sp.begin());
            return new Speaker(
                SpeakerKind.ORG,
                org == null ? null : org.id(),
                sp,
                sp.in(text),
                org == null ? "speaker.orgnoun" : "speaker.orgnoun.resolved",
                org == null ? 0.6 : 0.75);
          }
        case PRONOUN:
          return pronoun(sp, "speaker.pronoun");
        case REPORT:
          {
            for (int k = noun.start(); k > floor && k >= noun.start() - 4; k--) {
              Mention m = mentionEndingAt[k];
              if (m != null && m.type() == EntityType.ORG && m.tokens().first() >= floor) {
                Entity org = entityOf.get(m);
                return new Speaker(
                    SpeakerKind.ORG, org.id(), m.span(), m.text(), "speaker.report.org", 0.8);
              }
            }
            int s0 = noun.start();
            CharSpan g = span(s0, noun.end());
            return new Speaker(SpeakerKind.SOURCES, null, g, g.in(text), "speaker.report", 0.8);
          }
      }
      return null;
    }

    /**
     * The organisation a common noun (अखबार, मंत्रालय, अदालत) most likely refers back to: the
     * latest one named before whose name holds one of the noun's head words, or, for a newspaper
     * noun, the latest organisation named as a newspaper ("दैनिक X", "X अखबार").
     */
    private Entity orgFor(String noun, int before) {
      QuoteLexicon.OrgHead head = lex.orgHeads.get(canonical.apply(noun));
      if (head == null) {
        return null;
      }
      Entity best = null;
      int bestAt = -1;
      for (Entity e : doc.entities()) {
        if (e.type() != EntityType.ORG) {
          continue;
        }
        for (Mention m : e.mentions()) {
          if (m.begin() >= before || m.begin() <= bestAt) {
            continue;
          }
          boolean fits = head.press() ? isPress(m) : containsAny(m, head.heads());
          if (fits) {
            best = e;
            bestAt = m.begin();
          }
        }
      }
      return best;
    }

    private boolean containsAny(Mention m, List<String> heads) {
      for (int k = m.tokens().first(); k < m.tokens().end(); k++) {
        if (heads.contains(norm[k])) {
          return true;
        }
      }
      return false;
    }

    private boolean isPress(Mention m) {
      int f = m.tokens().first();
      int e = m.tokens().end();
      return (f > 0 && lex.pressBefore.contains(norm[f - 1]))
          || (e < norm.length && lex.pressAfter.contains(norm[e]))
          || lex.pressBefore.contains(norm[f]);
    }

    /** "प्रधानमंत्री ने": a post that an earlier role of this article gives to one person. */
    private Speaker byPost(int floor, int e) {
      for (int len = Math.min(4, e - floor); len >= 1; len--) {
        StringBuilder sb = new StringBuilder();
        for (int k = e - len; k < e; k++) {
          sb.append(norm[k]);
        }
        String post = normPost(sb.toString());
        String person = null;
        for (Role r : roles) {
          if (normPost(r.post().replace(" ", "")).equals(post)) {
            if (person != null && !person.equals(r.personId())) {
              person = null;
              break; // two people hold it: don't guess
            }
            person = r.personId();
          }
        }
        if (person != null) {
          CharSpan sp = span(e - len, e);
          return new Speaker(SpeakerKind.PERSON, person, sp, sp.in(text), "speaker.post", 0.85);
        }
      }
      return null;
    }

    private String normPost(String squashed) {
      String s = canonical.apply(squashed);
      return postSynonyms.getOrDefault(s, s);
    }

    /**
     * A pronoun's referent: the latest speaker if recent, else the latest ergative subject if
     * recent, else the latest person who spoke however far back (a story keeps returning to its
     * speaker), else a person of the last sentences, else any earlier speaker, else the article's
     * most mentioned person named so far. Confidence drops at each step.
     */
    Speaker pronoun(CharSpan at, String rule) {
      String surface = at.in(text);
      boolean speakerUsable =
          lastSpeaker != null
              && lastSpeaker.kind() != SpeakerKind.SOURCES
              && lastSpeaker.kind() != SpeakerKind.UNKNOWN;
      if (speakerUsable && sentenceIndex - lastSpeakerSentence <= PRONOUN_REACH) {
        return lastSpeaker.via(at, surface, rule + ".last-speaker", 0.85);
      }
      if (lastSubject != null && sentenceIndex - lastSubjectSentence <= PRONOUN_REACH) {
        return new Speaker(
            SpeakerKind.PERSON, lastSubject.id(), at, surface, rule + ".last-subject", 0.75);
      }
      if (speakerUsable && lastSpeaker.kind() == SpeakerKind.PERSON) {
        return lastSpeaker.via(at, surface, rule + ".earlier-speaker", 0.6);
      }
      Entity recent = latestPersonBefore(at.begin());
      if (recent != null) {
        return new Speaker(
            SpeakerKind.PERSON, recent.id(), at, surface, rule + ".recent-person", 0.6);
      }
      if (speakerUsable) {
        return lastSpeaker.via(at, surface, rule + ".earlier-speaker", 0.5);
      }
      Entity salient = mostMentionedPersonBefore(at.begin());
      if (salient != null) {
        return new Speaker(
            SpeakerKind.PERSON, salient.id(), at, surface, rule + ".salient-person", 0.5);
      }
      Entity next = firstPersonAfter(at.end());
      if (next != null) {
        // an article that opens with "उनका कहना है" names its speaker just after
        return new Speaker(SpeakerKind.PERSON, next.id(), at, surface, rule + ".cataphora", 0.4);
      }
      return new Speaker(SpeakerKind.UNKNOWN, null, at, surface, rule + ".unresolved", 0.5);
    }

    /** The first person named after {@code offset} within the next few sentences, or null. */
    private Entity firstPersonAfter(int offset) {
      int limit = text.length();
      for (Sentence s : doc.sentences()) {
        if (s.index() == sentenceIndex + CATAPHORA_REACH) {
          limit = s.span().end();
        }
      }
      Entity best = null;
      int bestAt = Integer.MAX_VALUE;
      for (Entity e : doc.entities()) {
        if (e.type() != EntityType.PERSON) {
          continue;
        }
        for (Mention m : e.mentions()) {
          if (m.begin() >= offset && m.begin() < limit && m.begin() < bestAt) {
            bestAt = m.begin();
            best = e;
          }
        }
      }
      return best;
    }

    private Entity mostMentionedPersonBefore(int offset) {
      Entity best = null;
      int bestCount = 0;
      for (Entity e : doc.entities()) {
        if (e.type() != EntityType.PERSON) {
          continue;
        }
        int n = 0;
        for (Mention m : e.mentions()) {
          if (m.begin() < offset) {
            n++;
          }
        }
        if (n > bestCount) {
          bestCount = n;
          best = e;
        }
      }
      return best;
    }

    private Entity latestPersonBefore(int offset) {
      int floor = -1;
      for (Sentence s : doc.sentences()) {
        if (s.index() == sentenceIndex - PRONOUN_REACH) {
          floor = s.span().begin();
        }
      }
      Entity best = null;
      int bestAt = -1;
      for (Entity e : doc.entities()) {
        if (e.type() != EntityType.PERSON) {
          continue;
        }
        for (Mention m : e.mentions()) {
          if (m.begin() < offset && m.begin() >= floor && m.begin() > bestAt) {
            bestAt = m.begin();
            best = e;
          }
        }
      }
      return best;
    }

    private Speaker unknownBefore(int floor, int end) {
      int s = Math.max(floor, end - 1);
      CharSpan sp = span(s, end);
      return new Speaker(SpeakerKind.UNKNOWN, null, sp, sp.in(text), "speaker.unresolved", 0.5);
    }

    private int startOfSpeaker(int floor, int end) {
      Mention m = mentionEndingAt[end];
      if (m != null && m.tokens().first() >= floor) {
        return m.begin();
      }
      return tokens.get(Math.max(floor, end - 1)).begin();
    }

    // ------------------------------------------------------------ spans and output

    private boolean isPronoun(String w) {
      PhraseTrie.Match<SpeakerNoun> m = lex.speakers.longestAt(List.of(w), 0, 1, x -> x);
      return m != null && m.value().kind() == NounKind.PRONOUN;
    }

    /**
     * Whose words token {@code tok} stands in: the speaker of an earlier quote whose words contain
     * it, when that speaker is named, an organisation or a group ("… ने कहा, हमने … अपील की है कि
     * C": हमने is the one speaking).
     */
    private Speaker quotingSpeaker(int tok) {
      CharSpan at = tokens.get(tok).span();
      for (Quote q : quotes) {
        if (q.content().contains(at)
            && (q.speakerKind() == SpeakerKind.PERSON
                || q.speakerKind() == SpeakerKind.ORG
                || q.speakerKind() == SpeakerKind.GROUP)) {
          return new Speaker(
              q.speakerKind(),
              q.speakerId(),
              q.speakerSpan(),
              q.speakerText(),
              "speaker.quoting",
              q.provenance().confidence());
        }
      }
      return null;
    }

    private boolean anyOf(Set<String> words, int from, int to) {
      for (int i = from; i < to; i++) {
        if (words.contains(norm[i])) {
          return true;
        }
      }
      return false;
    }

    private int skipAux(int k, int b) {
      while (k < b && lex.auxiliaries.contains(norm[k]) && !norm[k].equals(lex.complementizer)) {
        k++;
      }
      return k;
    }

    private int skipPunct(int k, int b) {
      while (k < b && cuePunct.contains(norm[k])) {
        k++;
      }
      return k;
    }

    /** The sentence's last token that is not closing punctuation, plus one. */
    private int contentEnd(int a, int b) {
      int e = b;
      while (e > a && tokens.get(e - 1).kind() == TokenKind.PUNCTUATION) {
        e--;
      }
      return e;
    }

    private CharSpan contentAt(int start, int end) {
      QuoteMarks.Quotation q = quotationAt(start);
      if (q != null) {
        return q.inner();
      }
      if (start >= end) {
        return null;
      }
      return span(start, end);
    }

    private boolean isDirect(CharSpan content) {
      for (QuoteMarks.Quotation q : marks) {
        if (q.inner().equals(content)) {
          return true;
        }
      }
      return false;
    }

    /** The quotation whose opening mark is the token at {@code tok}, if any. */
    private QuoteMarks.Quotation quotationAt(int tok) {
      if (tok >= tokens.size()) {
        return null;
      }
      int at = tokens.get(tok).begin();
      for (QuoteMarks.Quotation q : marks) {
        if (q.outer().begin() == at) {
          return q;
        }
      }
      return null;
    }

    /** The last quotation closing between {@code from} and {@code to} (the words before a cue). */
    private QuoteMarks.Quotation quotationBefore(int from, int to) {
      QuoteMarks.Quotation best = null;
      for (QuoteMarks.Quotation q : marks) {
        if (q.outer().end() <= to && q.outer().end() > from - 1 && to - q.outer().end() <= 3) {
          best = q;
        }
      }
      return best;
    }

    private CharSpan span(int firstToken, int endToken) {
      return new CharSpan(tokens.get(firstToken).begin(), tokens.get(endToken - 1).end());
    }

    private void emit(
        Speaker sp, CharSpan cue, CharSpan content, boolean direct, String rule, double conf) {
      if (!contents.add(content)) {
        return;
      }
      for (Quote q : quotes) {
        int overlap =
            Math.min(q.content().end(), content.end())
                - Math.max(q.content().begin(), content.begin());
        boolean sameSpeaker = q.speakerSpan() != null && q.speakerSpan().equals(sp.span());
        if (sameSpeaker && overlap > 0.8 * Math.min(q.content().length(), content.length())) {
          return; // the same words by the same speaker, found by two constructions
        }
      }
      String id =
          sp.kind() == SpeakerKind.SOURCES || sp.kind() == SpeakerKind.GROUP ? null : sp.entityId();
      quotes.add(
          new Quote(
              id,
              sp.kind(),
              sp.span(),
              sp.text(),
              cue,
              content,
              direct,
              Provenance.of(NAME, rule + "+" + sp.rule(), Math.min(1.0, Math.max(0.0, conf)))));
      boolean nested = false;
      for (Quote q : quotes) {
        if (q.content().contains(cue)
            && q.content() != content
            && q.speakerKind() != SpeakerKind.SOURCES
            && q.speakerKind() != SpeakerKind.UNKNOWN
            && !q.provenance().rule().contains("speaker.report")) {
          // speech reported inside another quote: the outer speaker stays in focus, unless it is
          // anonymous ("सूत्रों के मुताबिक, नेताओं ने … अपील की") or a report that only carries
          // the words ("X में ख़बर छपी है कि मंच ने …"), which the next pronoun does not mean
          nested = true;
        }
      }
      if (!nested) {
        lastSpeaker = sp;
        lastSpeakerSentence = sentenceIndex;
      }
    }
  }
}

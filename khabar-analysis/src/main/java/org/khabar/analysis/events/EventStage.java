package org.khabar.analysis.events;

import java.time.LocalDate;
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
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Event;
import org.khabar.model.EventArgument;
import org.khabar.model.EventType;
import org.khabar.model.Layer;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Quote;
import org.khabar.model.Sentence;
import org.khabar.model.SpeakerKind;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.pipeline.Stage;

/**
 * Political events from trigger words ({@code events.tsv}) and the facts found before:
 *
 * <ul>
 *   <li>MEETING: a meeting trigger; the ergative subject is its initiator, a mention followed by से
 *       the person met, other people and groups of the sentence participants; a later "इस बैठक में
 *       … मौजूद रहे" adds participants to the latest meeting;
 *   <li>ALLIANCE_STANCE: an alliance word with a stance word (break / continue / form) in one
 *       sentence; the parties are the organisations of the sentence, the holder is the speaker of a
 *       quote whose words hold the stance;
 *   <li>DEMAND: a quote whose cue is a demand or appeal; the demander is its speaker;
 *   <li>ELECTION_RESULT: a win/loss/seats word next to an organisation.
 * </ul>
 *
 * Dates come from the sentence's date words, else the article date.
 */
public final class EventStage implements Stage {

  public static final String NAME = "events";
  private static final int REFER_REACH = 4;

  /** A meeting word in the sentence right after a meeting speaks of that meeting. */
  private static final int NEXT_SENTENCE_REACH = 1;

  enum TriggerKind {
    MEETING,
    PRESENT,
    ALLIANCE,
    STANCE,
    ELECTION
  }

  record Trigger(TriggerKind kind, String value, double confidence) {}

  private final PhraseTrie<Trigger> triggers = new PhraseTrie<>();
  private final DateResolver dates;
  private final Set<String> demandCues = new HashSet<>();
  private final String ergative;
  private final String with;
  private final Set<String> clauseEnds;

  public EventStage(UnaryOperator<String> canonical) {
    for (Lexicons.Row r : Lexicons.rows(EventStage.class, "events.tsv")) {
      TriggerKind k;
      try {
        k = TriggerKind.valueOf(r.col(1).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown trigger kind '" + r.col(1) + "'");
      }
      triggers.add(
          Lexicons.words(r.col(0), canonical), new Trigger(k, r.col(2).strip(), r.number(3, 0.7)));
    }
    for (Lexicons.Row r : Lexicons.rows(EventStage.class, "demand-cues.tsv")) {
      demandCues.add(canonical.apply(r.col(0).strip()));
    }
    this.dates = new DateResolver(canonical);
    this.ergative = canonical.apply("ने");
    this.with = canonical.apply("से");
    this.clauseEnds = Set.of(canonical.apply("कि"), "\"", "“", "'");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withEvents(new Run(doc).events());
  }

  private final class Run {
    final Document doc;
    final List<Token> tokens;
    final Map<Integer, Mention> mentionAt = new HashMap<>();
    final Map<Mention, Entity> entityOf = new HashMap<>();
    final List<Builder> events = new ArrayList<>();
    Builder lastMeeting;
    int lastMeetingSentence = -100;

    Run(Document doc) {
      this.doc = doc;
      this.tokens = doc.tokens();
      for (Entity e : doc.entities()) {
        for (Mention m : e.mentions()) {
          entityOf.put(m, e);
          Mention cur = mentionAt.get(m.tokens().first());
          if (cur == null || m.tokens().size() > cur.tokens().size()) {
            mentionAt.put(m.tokens().first(), m);
          }
        }
      }
    }

    List<Event> events() {
      for (Sentence s : doc.sentences()) {
        sentence(s);
      }
      for (Quote q : doc.quotes()) {
        demand(q);
      }
      List<Event> out = new ArrayList<>();
      int n = 1;
      for (Builder b : events) {
        if (b.type == EventType.MEETING && !somebodyMet(b)) {
          continue; // a meeting word with nobody in it says nothing
        }
        out.add(b.build("v" + n++));
      }
      return out;
    }

    void sentence(Sentence s) {
      int a = s.tokens().first();
      int b = s.tokens().end();
      List<PhraseTrie.Match<Trigger>> found = new ArrayList<>();
      for (int i = a; i < b; i++) {
        PhraseTrie.Match<Trigger> m = triggers.longestAt(tokens, i, b, Token::norm);
        if (m != null) {
          found.add(m);
          i = m.end() - 1;
        }
      }
      if (found.isEmpty()) {
        return;
      }
      DateResolver.Resolved date = dates.resolve(tokens, a, b, doc.article().date());
      meeting(s, found, date);
      alliance(s, found, date);
      election(s, found, date);
    }

    /**
     * Whether the clause of a subject at {@code from} ends before a trigger at {@code to}: a
     * complementizer or a quotation mark stands between them.
     */
    private boolean reportsAcross(int from, int to) {
      return anyIn(clauseEnds, from, to);
    }

    /** Whether one of {@code words} is a token in {@code [from, to)}. */
    private boolean anyIn(Set<String> words, int from, int to) {
      for (int k = from; k < to; k++) {
        if (words.contains(tokens.get(k).norm())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a meeting has people in it: two or more people or organisations, or one who held it
     * ("X ने बैठक की"). A weak trigger ("मिले", also "received") needs someone met ("Y से मिले"):
     * "रूस से मिले हथियार", "उन्हें सबूत मिले" are no meetings.
     */
    private boolean somebodyMet(Builder b) {
      int people = 0;
      boolean initiator = false;
      boolean met = false;
      for (EventArgument arg : b.args) {
        if (arg.entityId() == null || "place".equals(arg.role())) {
          continue;
        }
        EntityType t = doc.entity(arg.entityId()).type();
        if (t != EntityType.PERSON && t != EntityType.ORG) {
          continue;
        }
        people++;
        initiator |= "initiator".equals(arg.role());
        met |= "met".equals(arg.role());
      }
      if (b.weak) {
        return met && people >= 1;
      }
      return people >= 2 || initiator;
    }

    void meeting(Sentence s, List<PhraseTrie.Match<Trigger>> found, DateResolver.Resolved date) {
      PhraseTrie.Match<Trigger> trigger = null;
      boolean refer = false;
      boolean present = false;
      for (PhraseTrie.Match<Trigger> m : found) {
        if (m.value().kind() == TriggerKind.MEETING) {
          boolean strong = "trigger".equals(m.value().value());
          boolean current = trigger != null && "trigger".equals(trigger.value().value());
          if (trigger == null || strong || !current && "weak".equals(m.value().value())) {
            trigger = m;
            refer = "refer".equals(m.value().value());
          }
        } else if (m.value().kind() == TriggerKind.PRESENT) {
          present = true;
        }
      }
      if (trigger == null) {
        return;
      }
      int a = s.tokens().first();
      int b = s.tokens().end();
      Builder target;
      String rule;
      boolean near = lastMeeting != null && s.index() - lastMeetingSentence <= NEXT_SENTENCE_REACH;
      if (near
          || ((refer || present)
              && lastMeeting != null
              && s.index() - lastMeetingSentence <= REFER_REACH)) {
        target = lastMeeting;
        rule = "meeting.refer";
      } else {
        target =
            new Builder(
                EventType.MEETING, span(trigger.start(), trigger.end()), s.span(), eventDate(date));
        target.weak = "weak".equals(trigger.value().value());
        events.add(target);
        rule = refer ? "meeting.refer-new" : "meeting.trigger";
      }
      target.rule = target.rule == null ? rule : target.rule;
      target.confidence = Math.max(target.confidence, trigger.value().confidence());
      for (int i = a; i < b; i++) {
        Mention m = mentionAt.get(i);
        if (m == null || m.tokens().end() > b) {
          continue;
        }
        Entity e = entityOf.get(m);
        int after = m.tokens().end();
        String role;
        if (e.type() == EntityType.PLACE) {
          role = "place";
        } else if (after < b && tokens.get(after).norm().equals(ergative)) {
          if (reportsAcross(after, trigger.start())) {
            // "पीटीआई ने बताया कि … की बैठक में": the one who tells of a meeting is not in it
            i = m.tokens().end() - 1;
            continue;
          }
          role = "initiator";
        } else if (after < b && tokens.get(after).norm().equals(with)) {
          role = "met";
        } else if (e.type() == EntityType.PERSON) {
          role = "participant";
        } else {
          continue;
        }
        target.add(role, e.id(), m.span(), m.text());
        i = m.tokens().end() - 1;
      }
      lastMeeting = target;
      lastMeetingSentence = s.index();
    }

    void alliance(Sentence s, List<PhraseTrie.Match<Trigger>> found, DateResolver.Resolved date) {
      PhraseTrie.Match<Trigger> alliance = null;
      PhraseTrie.Match<Trigger> stance = null;
      for (PhraseTrie.Match<Trigger> m : found) {
        if (m.value().kind() == TriggerKind.ALLIANCE && alliance == null) {
          alliance = m;
        } else if (m.value().kind() == TriggerKind.STANCE
            && alliance != null
            && stance == null
            && m.start() - alliance.end() <= 4
            && m.start() >= alliance.end()) {
          stance = m;
        }
      }
      if (alliance == null || stance == null) {
        return;
      }
      CharSpan trigger = span(alliance.start(), stance.end());
      Builder ev = new Builder(EventType.ALLIANCE_STANCE, trigger, s.span(), eventDate(date));
      ev.rule = "alliance." + stance.value().value();
      ev.confidence = Math.min(alliance.value().confidence(), stance.value().confidence());
      CharSpan stanceSpan = span(stance.start(), stance.end());
      ev.add("stance:" + stance.value().value(), null, stanceSpan, stanceSpan.in(doc.text()));
      for (int i = s.tokens().first(); i < alliance.start(); i++) {
        Mention m = mentionAt.get(i);
        if (m != null && m.type() == EntityType.ORG && alliance.start() - m.tokens().end() <= 4) {
          ev.add("party", entityOf.get(m).id(), m.span(), m.text());
        }
      }
      for (Quote q : doc.quotes()) {
        if (q.content().contains(trigger)
            || q.cue().overlaps(trigger)
            || (q.content().overlaps(s.span())
                && q.content().begin() <= trigger.begin()
                && q.content().end() >= trigger.end())) {
          addHolder(ev, q);
        } else if (s.span().contains(q.cue()) && q.content().overlaps(trigger)) {
          addHolder(ev, q);
        }
      }
      events.add(ev);
    }

    private void addHolder(Builder ev, Quote q) {
      if (q.speakerSpan() == null || q.speakerKind() == SpeakerKind.SOURCES) {
        return;
      }
      ev.add("holder", q.speakerId(), q.speakerSpan(), q.speakerText());
    }

    /**
     * "महागठबंधन की करारी हार", "भाजपा ने 40 सीटें जीतीं": a win or loss word with a party named at
     * most four words before it; a seat count in the sentence joins the result.
     */
    void election(Sentence s, List<PhraseTrie.Match<Trigger>> found, DateResolver.Resolved date) {
      PhraseTrie.Match<Trigger> result = null;
      Mention party = null;
      boolean electionTalk =
          found.stream()
              .anyMatch(
                  m ->
                      m.value().kind() == TriggerKind.ELECTION
                          && ("context".equals(m.value().value())
                              || "seats".equals(m.value().value())));
      for (PhraseTrie.Match<Trigger> m : found) {
        if (m.value().kind() != TriggerKind.ELECTION
            || "seats".equals(m.value().value())
            || "context".equals(m.value().value())) {
          continue;
        }
        for (int i = Math.max(s.tokens().first(), m.start() - 6); i < m.start(); i++) {
          Mention x = mentionAt.get(i);
          if (x != null
              && x.type() == EntityType.ORG
              && m.start() - x.tokens().end() <= 4
              && (electionTalk || isParty(entityOf.get(x)))
              && !anyIn(Set.of(with), x.tokens().end(), m.start())) {
            party = x; // not "… बीजेपी के अनंत कुमार से हार गए": who lost to the party
          }
        }
        if (party != null) {
          result = m;
          break;
        }
      }
      if (result == null) {
        return;
      }
      Builder ev =
          new Builder(
              EventType.ELECTION_RESULT,
              span(result.start(), result.end()),
              s.span(),
              eventDate(date));
      ev.rule = "election." + result.value().value();
      ev.confidence = result.value().confidence() * 0.9;
      ev.add("party", entityOf.get(party).id(), party.span(), party.text());
      CharSpan outcome = span(result.start(), result.end());
      ev.add("outcome:" + result.value().value(), null, outcome, outcome.in(doc.text()));
      for (PhraseTrie.Match<Trigger> m : found) {
        if ("seats".equals(m.value().value())
            && m.start() > s.tokens().first()
            && tokens.get(m.start() - 1).kind() == TokenKind.NUMBER) {
          Token n = tokens.get(m.start() - 1);
          ev.add("seats", null, n.span(), n.span().in(doc.text()));
        }
      }
      events.add(ev);
    }

    /**
     * A party or alliance of the knowledge base: without election words in the sentence, only these
     * win or lose elections ("कोलकाता नाइट राइडर्स की जीत" is a match won).
     */
    private boolean isParty(Entity e) {
      return e.kbId() != null
          && (e.kbId().startsWith("party:") || e.kbId().startsWith("alliance:"));
    }

    void demand(Quote q) {
      String cue = q.cue().in(doc.text());
      boolean isDemand = false;
      for (String w : cue.split("\\s+")) {
        if (demandCues.contains(w)) {
          isDemand = true;
          break;
        }
      }
      if (!isDemand) {
        return;
      }
      Sentence s = sentenceOf(q.cue().begin());
      DateResolver.Resolved date =
          s == null
              ? null
              : dates.resolve(tokens, s.tokens().first(), s.tokens().end(), doc.article().date());
      CharSpan evidence = s == null ? q.content().union(q.cue()) : s.span();
      Builder ev = new Builder(EventType.DEMAND, q.cue(), evidence, eventDate(date));
      ev.rule = "demand.quote";
      ev.confidence = q.provenance().confidence();
      if (q.speakerSpan() != null) {
        ev.add("demander", q.speakerId(), q.speakerSpan(), q.speakerText());
      }
      ev.add("demand", null, q.content(), q.content().in(doc.text()));
      if (s != null) {
        for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
          Mention m = mentionAt.get(i);
          if (m != null
              && m.tokens().end() < s.tokens().end()
              && tokens.get(m.tokens().end()).norm().equals(with)
              && m.begin() >= (q.speakerSpan() == null ? 0 : q.speakerSpan().end())) {
            ev.add("addressee", entityOf.get(m).id(), m.span(), m.text());
            break;
          }
        }
      }
      events.add(ev);
    }

    private Sentence sentenceOf(int offset) {
      for (Sentence s : doc.sentences()) {
        if (s.span().contains(offset)) {
          return s;
        }
      }
      return null;
    }

    private Dated eventDate(DateResolver.Resolved r) {
      if (r != null) {
        return new Dated(r.date(), r.rule());
      }
      LocalDate d = doc.article().date();
      return d == null ? null : new Dated(d, "date.article");
    }

    private CharSpan span(int first, int end) {
      return new CharSpan(tokens.get(first).begin(), tokens.get(end - 1).end());
    }
  }

  record Dated(LocalDate date, String rule) {}

  private static final class Builder {
    final EventType type;
    final CharSpan trigger;
    final CharSpan evidence;
    final Dated date;
    final List<EventArgument> args = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    String rule;
    double confidence;

    /** Made by a trigger that has other senses ("मिले": met, or received). */
    boolean weak;

    Builder(EventType type, CharSpan trigger, CharSpan evidence, Dated date) {
      this.type = type;
      this.trigger = trigger;
      this.evidence = evidence;
      this.date = date;
    }

    void add(String role, String entityId, CharSpan span, String text) {
      String key = role + "|" + (entityId != null ? entityId : text);
      if (seen.add(key)) {
        args.add(new EventArgument(role, entityId, span, text));
      }
    }

    Event build(String id) {
      String r = rule + (date == null ? "" : "+" + date.rule());
      return new Event(
          id,
          type,
          trigger,
          evidence.union(trigger),
          args,
          date == null ? null : date.date(),
          Provenance.of(NAME, r, Math.min(1.0, confidence)));
    }
  }
}

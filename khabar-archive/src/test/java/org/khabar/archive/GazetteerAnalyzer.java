package org.khabar.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Event;
import org.khabar.model.EventArgument;
import org.khabar.model.EventType;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Quote;
import org.khabar.model.Role;
import org.khabar.model.Sentence;
import org.khabar.model.SpeakerKind;
import org.khabar.model.TokenRange;
import org.khabar.text.TextStage;

/**
 * A stand-in for the analysis pipeline in archive tests: the real text stage, then names from a
 * small gazetteer, designations from a word before a name ("कांग्रेस अध्यक्ष मल्लिकार्जुन खरगे"),
 * reported speech after "ने कहा कि", and a meeting when a sentence says "मुलाकात". Enough to give
 * the archive documents with every kind of fact.
 */
final class GazetteerAnalyzer implements Function<Article, Document> {

  record Name(String surface, EntityType type, String canonical, String latin, String kbId) {}

  static final List<Name> NAMES =
      List.of(
          new Name(
              "मल्लिकार्जुन खरगे",
              EntityType.PERSON,
              "मल्लिकार्जुन खरगे",
              "Mallikarjun Kharge",
              "kb:person:kharge"),
          new Name(
              "खरगे",
              EntityType.PERSON,
              "मल्लिकार्जुन खरगे",
              "Mallikarjun Kharge",
              "kb:person:kharge"),
          new Name(
              "खड़गे",
              EntityType.PERSON,
              "मल्लिकार्जुन खरगे",
              "Mallikarjun Kharge",
              "kb:person:kharge"),
          new Name(
              "राहुल गांधी",
              EntityType.PERSON,
              "राहुल गांधी",
              "Rahul Gandhi",
              "kb:person:rahul-gandhi"),
          new Name("तेजस्वी यादव", EntityType.PERSON, "तेजस्वी यादव", "Tejashwi Yadav", null),
          new Name("तेजस्वी", EntityType.PERSON, "तेजस्वी यादव", "Tejashwi Yadav", null),
          new Name(
              "नीतीश कुमार",
              EntityType.PERSON,
              "नीतीश कुमार",
              "Nitish Kumar",
              "kb:person:nitish-kumar"),
          new Name("कांग्रेस", EntityType.ORG, "कांग्रेस", "Congress", "kb:org:inc"),
          new Name("राजद", EntityType.ORG, "राजद", "RJD", "kb:org:rjd"),
          new Name("भाजपा", EntityType.ORG, "भाजपा", "BJP", "kb:org:bjp"),
          new Name(
              "महागठबंधन",
              EntityType.ORG,
              "महागठबंधन",
              "Mahagathbandhan",
              "kb:org:mahagathbandhan"),
          new Name("बिहार", EntityType.PLACE, "बिहार", "Bihar", "kb:place:bihar"),
          new Name("पटना", EntityType.PLACE, "पटना", "Patna", "kb:place:patna"),
          new Name("दिल्ली", EntityType.PLACE, "दिल्ली", "Delhi", "kb:place:delhi"));

  static final List<String> POSTS =
      List.of("उपमुख्यमंत्री", "मुख्यमंत्री", "नेता प्रतिपक्ष", "अध्यक्ष", "महासचिव", "नेता");

  private static final Provenance NER = Provenance.of("test-gazetteer", "name", 0.9);
  private final TextStage text = new TextStage();

  @Override
  public Document apply(Article article) {
    Document d = text.apply(Document.of(article));
    String t = d.text();
    // names, longest first, not overlapping
    List<Mention> mentions = new ArrayList<>();
    List<Name> bySize = new ArrayList<>(NAMES);
    bySize.sort(Comparator.comparingInt((Name n) -> n.surface().length()).reversed());
    Map<Mention, Name> nameOf = new LinkedHashMap<>();
    for (Name n : bySize) {
      for (int at = t.indexOf(n.surface()); at >= 0; at = t.indexOf(n.surface(), at + 1)) {
        CharSpan span = new CharSpan(at, at + n.surface().length());
        if (mentions.stream().anyMatch(m -> m.span().overlaps(span)) || !wordBounded(t, span)) {
          continue;
        }
        Mention m = new Mention(span, new TokenRange(0, 0), n.surface(), n.type(), NER);
        mentions.add(m);
        nameOf.put(m, n);
      }
    }
    mentions.sort(Comparator.comparing(Mention::span));
    Map<String, List<Mention>> byCanonical = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byCanonical.computeIfAbsent(nameOf.get(m).canonical(), k -> new ArrayList<>()).add(m);
    }
    List<Entity> entities = new ArrayList<>();
    Map<String, String> idOf = new LinkedHashMap<>();
    for (Map.Entry<String, List<Mention>> e : byCanonical.entrySet()) {
      Name n = nameOf.get(e.getValue().get(0));
      String id = "e" + (entities.size() + 1);
      idOf.put(e.getKey(), id);
      entities.add(
          new Entity(
              id, n.type(), n.canonical(), n.latin(), n.kbId(), e.getValue(), List.of(), NER));
    }
    List<Role> roles = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      List<Mention> in = mentions.stream().filter(m -> s.span().contains(m.span())).toList();
      for (Mention m : in) {
        if (m.type() != EntityType.PERSON) {
          continue;
        }
        String before = t.substring(s.span().begin(), m.begin());
        for (String post : POSTS) {
          if (before.endsWith(post + " ")) {
            int postAt = m.begin() - post.length() - 1;
            String head = t.substring(s.span().begin(), postAt);
            boolean former = head.endsWith("पूर्व ");
            String org = null;
            String place = null;
            for (Mention o : in) {
              String gap = t.substring(Math.min(o.end(), postAt), postAt);
              if (o.end() <= postAt
                  && (gap.equals(" ") || gap.equals(" के ") || gap.equals(" के पूर्व "))) {
                if (o.type() == EntityType.ORG) {
                  org = idOf.get(nameOf.get(o).canonical());
                } else if (o.type() == EntityType.PLACE) {
                  place = idOf.get(nameOf.get(o).canonical());
                }
              }
            }
            roles.add(
                new Role(
                    idOf.get(nameOf.get(m).canonical()),
                    post,
                    null,
                    org,
                    place,
                    former,
                    s.span(),
                    Provenance.of("test-roles", "post-before-name", 0.8)));
            break;
          }
        }
      }
      String sentence = s.span().in(t);
      int cue = sentence.indexOf("ने कहा कि ");
      if (cue >= 0) {
        int cueBegin = s.span().begin() + cue;
        Mention speaker = null;
        for (Mention m : in) {
          if (m.end() <= cueBegin
              && (m.type() == EntityType.PERSON || m.type() == EntityType.ORG)) {
            speaker = m;
          }
        }
        int contentBegin = cueBegin + "ने कहा कि ".length();
        int contentEnd = s.span().end();
        while (contentEnd > contentBegin && "। ".indexOf(t.charAt(contentEnd - 1)) >= 0) {
          contentEnd--;
        }
        if (speaker != null && contentEnd > contentBegin) {
          quotes.add(
              new Quote(
                  idOf.get(nameOf.get(speaker).canonical()),
                  speaker.type() == EntityType.PERSON ? SpeakerKind.PERSON : SpeakerKind.ORG,
                  speaker.span(),
                  speaker.text(),
                  new CharSpan(cueBegin, cueBegin + "ने कहा कि".length()),
                  new CharSpan(contentBegin, contentEnd),
                  false,
                  Provenance.of("test-quotes", "ne-kaha-ki", 0.8)));
        }
      }
      int meet = sentence.indexOf("मुलाकात");
      if (meet >= 0) {
        List<EventArgument> args = new ArrayList<>();
        for (Mention m : in) {
          if (m.type() == EntityType.PERSON) {
            args.add(
                new EventArgument(
                    "participant", idOf.get(nameOf.get(m).canonical()), m.span(), m.text()));
          }
        }
        int at = s.span().begin() + meet;
        events.add(
            new Event(
                "ev" + (events.size() + 1),
                EventType.MEETING,
                new CharSpan(at, at + "मुलाकात".length()),
                s.span(),
                args,
                null,
                Provenance.of("test-events", "mulaqat", 0.7)));
      }
    }
    return d.withMentions(mentions)
        .withEntities(entities)
        .withRoles(roles)
        .withQuotes(quotes)
        .withEvents(events);
  }

  private static boolean wordBounded(String t, CharSpan s) {
    boolean left = s.begin() == 0 || !isWordChar(t.charAt(s.begin() - 1));
    boolean right = s.end() == t.length() || !isWordChar(t.charAt(s.end()));
    return left && right;
  }

  private static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}

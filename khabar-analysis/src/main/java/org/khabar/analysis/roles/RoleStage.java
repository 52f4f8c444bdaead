package org.khabar.analysis.roles;

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
import org.khabar.model.Layer;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Role;
import org.khabar.model.Sentence;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.pipeline.Stage;

/**
 * Designations the text attaches to a named person:
 *
 * <ul>
 *   <li>{@code apposition}: "[पूर्व] POST NAME" — "कांग्रेस अध्यक्ष मल्लिकार्जुन खरगे", "पूर्व
 *       अध्यक्ष राहुल गांधी", "सीएम योगी";
 *   <li>{@code qualifier}: what the post is a post of, right before it or joined by का/की/के —
 *       "बिहार के मुख्यमंत्री X", "राष्ट्रीय महिला आयोग की अध्यक्ष X";
 *   <li>{@code chain}: two posts of one person — "पूर्व प्रदेश अध्यक्ष एवं राज्यसभा सांसद X";
 *   <li>{@code list}: a list sharing one organisation — "कांग्रेस के संगठन महासचिव X, बिहार प्रभारी
 *       Y, प्रदेश अध्यक्ष Z" (Y and Z inherit कांग्रेस, with a lower confidence);
 *   <li>{@code copula}: "X, जो … के मंत्री हैं".
 * </ul>
 *
 * Posts come from the knowledge base through a {@link PostMatcher}; function words from {@code
 * roles/words.tsv}. A post that means something only with its organisation ("नेता") needs one.
 */
public final class RoleStage implements Stage {

  public static final String NAME = "roles";

  private enum WordClass {
    FORMER,
    HONORIFIC,
    GENITIVE,
    CONJUNCTION,
    MODIFIER,
    COPULA,
    FORMER_COPULA,
    RELATIVE,
    LOCATIVE
  }

  /** How many words may stand between a name and a relative clause about it. */
  private static final int EXTRAPOSED_REACH = 4;

  private final PostMatcher posts;
  private final PhraseTrie<WordClass> words = new PhraseTrie<>();

  public RoleStage(PostMatcher posts, UnaryOperator<String> canonical) {
    this.posts = posts;
    for (Lexicons.Row r : Lexicons.rows(RoleStage.class, "words.tsv")) {
      WordClass c;
      try {
        c = WordClass.valueOf(r.col(1).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown word class '" + r.col(1) + "'");
      }
      words.add(Lexicons.words(r.col(0), canonical), c);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ROLES);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withRoles(new Run(doc).roles());
  }

  private final class Run {
    final Document doc;
    final List<Token> tokens;
    final Mention[] endingAt;
    final Mention[] startingAt;
    final Map<Mention, Entity> entityOf = new HashMap<>();
    final List<Role> out = new ArrayList<>();
    final Set<String> seen = new HashSet<>();

    Run(Document doc) {
      this.doc = doc;
      this.tokens = doc.tokens();
      this.endingAt = new Mention[tokens.size() + 1];
      this.startingAt = new Mention[tokens.size() + 1];
      for (Entity e : doc.entities()) {
        for (Mention m : e.mentions()) {
          entityOf.put(m, e);
          int end = m.tokens().end();
          if (endingAt[end] == null || m.tokens().size() > endingAt[end].tokens().size()) {
            endingAt[end] = m;
          }
          int first = m.tokens().first();
          if (startingAt[first] == null || m.tokens().size() > startingAt[first].tokens().size()) {
            startingAt[first] = m;
          }
        }
      }
    }

    List<Role> roles() {
      for (Sentence s : doc.sentences()) {
        sentence(s);
      }
      return out;
    }

    private WordClass classOf(int i) {
      PhraseTrie.Match<WordClass> m = words.longestAt(tokens, i, i + 1, Token::norm);
      return m == null ? null : m.value();
    }

    void sentence(Sentence s) {
      int a = s.tokens().first();
      int b = s.tokens().end();
      Qualifier listOrg = null;
      int lastListEnd = -1;
      for (int i = a; i < b; i++) {
        Mention m = startingAt[i];
        if (m == null || m.type() != EntityType.PERSON || m.tokens().end() > b) {
          continue;
        }
        int p = i;
        while (p - 1 >= a && classOf(p - 1) == WordClass.HONORIFIC) {
          p--;
        }
        Entity person = entityOf.get(m);
        List<Found> found = postsEndingAt(a, p);
        if (found.isEmpty()) {
          copula(a, b, m, person);
          continue;
        }
        boolean inList =
            lastListEnd >= 0 && joinedToPrevious(lastListEnd, found.get(found.size() - 1).from);
        Qualifier shared = null;
        for (Found f : found) {
          if (f.qualifier != null && f.qualifier.org != null) {
            shared = f.qualifier;
          }
        }
        for (Found f : found) {
          Qualifier q = f.qualifier;
          String rule = found.size() > 1 ? "chain" : "apposition";
          double conf = 0.9;
          if (q == null && shared != null) {
            q = shared;
            rule = "chain.shared";
            conf = 0.8;
          } else if (q == null && inList && listOrg != null) {
            q = listOrg;
            rule = "list";
            conf = 0.75;
          } else if (q != null && q.org == null && inList && listOrg != null) {
            q = new Qualifier(listOrg.org, q.place, q.from);
            rule = "list+qualifier";
            conf = 0.8;
          } else if (q != null) {
            rule = rule + "+qualifier";
          }
          if (f.post.needsOrg() && (q == null || q.org == null)) {
            continue;
          }
          CharSpan evidence = new CharSpan(tokens.get(f.from).begin(), m.end());
          add(person, f, q, evidence, rule, conf);
          if (f.qualifier != null && f.qualifier.org != null) {
            listOrg = f.qualifier;
          }
        }
        lastListEnd = m.tokens().end();
        i = m.tokens().end() - 1;
      }
    }

    /**
     * True when a list separator follows the previous name and at most two more words stand before
     * the next post ("X, बिहार प्रभारी Y", "X और पूर्व अध्यक्ष Y").
     */
    private boolean joinedToPrevious(int previousEnd, int nextFrom) {
      if (nextFrom < previousEnd + 1 || nextFrom - previousEnd > 3) {
        return false;
      }
      if (classOf(previousEnd) != WordClass.CONJUNCTION) {
        return false;
      }
      for (int k = previousEnd + 1; k < nextFrom; k++) {
        if (tokens.get(k).kind() == TokenKind.PUNCTUATION && classOf(k) != WordClass.CONJUNCTION) {
          return false;
        }
      }
      return true;
    }

    /**
     * A post found before a name: its match, whether former, where its phrase starts (qualifier and
     * पूर्व included), and what it is a post of.
     */
    private record Found(
        PostMatcher.PostMatch post, boolean former, int from, Qualifier qualifier) {}

    /** What a post is a post of: an organisation and/or a place, starting at token {@code from}. */
    private record Qualifier(String org, String place, int from) {}

    /** The posts that end at {@code end}, nearest first, following "एवं"/"और" chains leftwards. */
    private List<Found> postsEndingAt(int floor, int end) {
      List<Found> out = new ArrayList<>();
      int e = end;
      while (true) {
        PostMatcher.PostMatch best = null;
        for (int start = e - 1; start >= floor && start >= e - 5; start--) {
          PostMatcher.PostMatch pm = posts.matchAt(tokens, start, e);
          if (pm != null && pm.end() == e) {
            best = pm;
          }
        }
        if (best == null) {
          break;
        }
        int from = best.start();
        boolean former = false;
        if (from - 1 >= floor && classOf(from - 1) == WordClass.FORMER) {
          former = true; // "कांग्रेस के पूर्व अध्यक्ष"
          from--;
        }
        Qualifier q = qualifier(floor, from);
        int left = q != null ? q.from : from;
        if (!former && left - 1 >= floor && classOf(left - 1) == WordClass.FORMER) {
          former = true; // "पूर्व कांग्रेस अध्यक्ष"
          left--;
        }
        out.add(new Found(best, former, left, q));
        // another post of the same person: "<post> एवं <post> NAME"
        if (left - 1 > floor
            && classOf(left - 1) == WordClass.CONJUNCTION
            && !",".equals(tokens.get(left - 1).norm())
            && endingAt[left - 1] == null) {
          e = left - 1;
          continue;
        }
        break;
      }
      return out;
    }

    /**
     * The organisation or place directly before a post ("कांग्रेस अध्यक्ष", "बिहार के
     * मुख्यमंत्री").
     */
    private Qualifier qualifier(int floor, int postFrom) {
      int e = postFrom;
      while (e - 1 >= floor && classOf(e - 1) == WordClass.MODIFIER) {
        e--;
      }
      boolean locative = false;
      if (e - 1 >= floor && classOf(e - 1) == WordClass.GENITIVE) {
        e--;
      } else if (e - 1 >= floor && classOf(e - 1) == WordClass.LOCATIVE) {
        e--;
        locative = true;
      }
      Mention m = endingAt[e];
      if (m == null
          || m.tokens().first() < floor
          || m.type() == EntityType.PERSON
          || (locative && m.type() != EntityType.PLACE)) {
        return null;
      }
      Entity ent = entityOf.get(m);
      String org = ent.type() == EntityType.ORG ? ent.id() : null;
      String place = ent.type() == EntityType.PLACE ? ent.id() : null;
      int from = m.tokens().first();
      // "बिहार कांग्रेस के अध्यक्ष": a place right before the organisation qualifies it too
      Mention before = endingAt[from];
      if (org != null
          && before != null
          && before.type() == EntityType.PLACE
          && before.tokens().first() >= floor) {
        place = entityOf.get(before).id();
        from = before.tokens().first();
      }
      return new Qualifier(org, place, from);
    }

    /** "X, जो … के मंत्री हैं" / "X … के प्रवक्ता हैं". */
    private void copula(int a, int b, Mention m, Entity person) {
      int k = m.tokens().end();
      if (k < b && ",".equals(tokens.get(k).norm())) {
        k++;
      }
      // "Y को हराया है जो मंत्री रह चुके हैं": a relative clause may follow the verb of the
      // clause the name stands in, when nothing between names another person
      int limit = Math.min(b, k + EXTRAPOSED_REACH + 1);
      while (k < limit
          && classOf(k) != WordClass.RELATIVE
          && (startingAt[k] == null || startingAt[k].type() != EntityType.PERSON)
          && !",".equals(tokens.get(k).norm())) {
        k++;
      }
      boolean relative = k < b && classOf(k) == WordClass.RELATIVE;
      if (!relative) {
        return;
      }
      boolean extraposed = k > m.tokens().end() + 1;
      for (int i = k + 1; i < b && i < k + 12; i++) {
        if (startingAt[i] != null && startingAt[i].type() == EntityType.PERSON) {
          return;
        }
        PostMatcher.PostMatch pm = posts.matchAt(tokens, i, b);
        if (pm == null) {
          continue;
        }
        int c = pm.end();
        PhraseTrie.Match<WordClass> cop = c < b ? words.longestAt(tokens, c, b, Token::norm) : null;
        if (cop != null
            && (cop.value() == WordClass.COPULA || cop.value() == WordClass.FORMER_COPULA)) {
          boolean former =
              i - 1 > k && classOf(i - 1) == WordClass.FORMER
                  || cop.value() == WordClass.FORMER_COPULA;
          int from = former ? i - 1 : i;
          Qualifier q = qualifier(k + 1, from);
          if (pm.needsOrg() && (q == null || q.org == null)) {
            return;
          }
          CharSpan evidence = new CharSpan(m.begin(), tokens.get(cop.end() - 1).end());
          add(
              person,
              new Found(pm, former, from, q),
              q,
              evidence,
              extraposed ? "copula.extraposed" : "copula",
              extraposed ? 0.6 : 0.75);
          return;
        }
      }
    }

    private void add(
        Entity person, Found f, Qualifier q, CharSpan evidence, String rule, double conf) {
      String post =
          new CharSpan(tokens.get(f.post.start()).begin(), tokens.get(f.post.end() - 1).end())
              .in(doc.text());
      String key = person.id() + "|" + post.replace(" ", "") + "|" + f.former;
      if (!seen.add(key)) {
        return;
      }
      out.add(
          new Role(
              person.id(),
              post,
              f.post.postId(),
              q == null ? null : q.org,
              q == null ? null : q.place,
              f.former,
              evidence,
              Provenance.of(NAME, rule, conf)));
    }
  }
}

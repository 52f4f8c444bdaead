package org.khabar.analysis.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.khabar.analysis.lex.Lexicons;
import org.khabar.analysis.mentions.KbMatcher.KbMatch;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.EntityType;
import org.khabar.model.Layer;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Sentence;
import org.khabar.model.Token;
import org.khabar.model.TokenKind;
import org.khabar.model.TokenRange;
import org.khabar.pipeline.Stage;

/**
 * Reconciles the statistical tagger's mentions with the names the knowledge base knows:
 *
 * <ul>
 *   <li>titles and posts at a mention's edges are left out ("श्री", "पीएम मोदी" → "मोदी"), words
 *       that are never names alone are dropped;
 *   <li>a tagged span that is exactly a known, unambiguous name takes the knowledge base's type
 *       (the tagger calls a party a place now and then; the knowledge base does not);
 *   <li>a tagged span made only of known names ("बिहार कांग्रेस") becomes those names;
 *   <li>a known place inside a tagged organisation is a place mention too ("दिल्ली पुलिस");
 *   <li>a known name the tagger missed is added when its alias is unambiguous, and a known name
 *       that extends a tagged one replaces it ("राहुल" + "गांधी");
 *   <li>ambiguous aliases (राम, आप) only confirm what the tagger found.
 * </ul>
 */
public final class MentionStage implements Stage {

  public static final String NAME = "mentions";
  private static final Provenance KB = Provenance.of(NAME, "kb-alias", 0.9);

  private final KbMatcher kb;
  private final Set<String> before = new HashSet<>();
  private final Set<String> after = new HashSet<>();
  private final Set<String> posts = new HashSet<>();
  private final Set<String> notNames = new HashSet<>();
  private final Set<String> glue = new HashSet<>();

  public MentionStage(KbMatcher kb, UnaryOperator<String> canonical) {
    this.kb = kb;
    for (Lexicons.Row r : Lexicons.rows(MentionStage.class, "words.tsv")) {
      String w = canonical.apply(r.col(0).strip());
      switch (r.col(1).strip().toUpperCase(Locale.ROOT)) {
        case "HONORIFIC_BEFORE" -> before.add(w);
        case "HONORIFIC_AFTER" -> after.add(w);
        case "POST" -> posts.add(w);
        case "NOT_A_NAME" -> notNames.add(w);
        default -> throw r.error("unknown word class '" + r.col(1) + "'");
      }
    }
    for (String g : List.of("के", "की", "का", "-", "और", "व", "एवं")) {
      glue.add(canonical.apply(g));
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.MENTIONS);
  }

  @Override
  public Document apply(Document doc) {
    List<Token> tokens = doc.tokens();
    List<Mention> out = new ArrayList<>();
    List<Mention> tagged = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      Mention t = trim(doc, m);
      if (t != null) {
        tagged.add(t);
      }
    }
    for (Sentence s : doc.sentences()) {
      int a = s.tokens().first();
      int b = s.tokens().end();
      List<KbMatch> known = kb.find(tokens, a, b);
      List<Mention> inSentence = new ArrayList<>();
      for (Mention m : tagged) {
        if (m.tokens().first() >= a && m.tokens().end() <= b) {
          inSentence.add(m);
        }
      }
      reconcile(doc, inSentence, known, out);
    }
    out.sort(Comparator.comparing(Mention::span));
    List<Mention> unique = new ArrayList<>();
    Set<CharSpan> seen = new HashSet<>();
    for (Mention m : out) {
      if (seen.add(m.span())) {
        unique.add(m);
      }
    }
    return doc.withMentions(unique);
  }

  private void reconcile(
      Document doc, List<Mention> tagged, List<KbMatch> known, List<Mention> out) {
    List<Token> tokens = doc.tokens();
    Set<KbMatch> used = new HashSet<>();
    for (Mention m : tagged) {
      int f = m.tokens().first();
      int e = m.tokens().end();
      KbMatch exact = null;
      KbMatch extending = null;
      List<KbMatch> inside = new ArrayList<>();
      for (KbMatch k : known) {
        if (k.start() == f && k.end() == e) {
          exact = k;
        } else if (k.start() <= f && k.end() >= e) {
          extending = k;
        } else if (k.start() >= f && k.end() <= e) {
          inside.add(k);
        }
      }
      if (exact != null) {
        used.add(exact);
        EntityType type = exact.ambiguous() ? m.type() : exact.type();
        out.add(
            retype(
                m,
                type,
                exact.ambiguous() ? m.provenance().rule() : m.provenance().rule() + "+kb"));
        continue;
      }
      if (extending != null && !extending.ambiguous()) {
        used.add(extending);
        out.add(fromKb(doc, extending, "kb-extends-tagged"));
        continue;
      }
      if (!inside.isEmpty() && allUnambiguous(inside) && coversAllButGlue(tokens, f, e, inside)) {
        for (KbMatch k : inside) {
          used.add(k);
          out.add(fromKb(doc, k, "kb-splits-tagged"));
        }
        continue;
      }
      out.add(m);
      for (KbMatch k : inside) {
        if (!k.ambiguous() && k.type() == EntityType.PLACE && m.type() == EntityType.ORG) {
          used.add(k);
          out.add(fromKb(doc, k, "kb-place-in-org"));
        } else if (!k.ambiguous()) {
          used.add(k);
        }
      }
    }
    for (KbMatch k : known) {
      if (used.contains(k) || k.ambiguous()) {
        continue;
      }
      boolean overlaps = false;
      for (Mention m : out) {
        if (m.tokens().first() < k.end() && k.start() < m.tokens().end()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        out.add(fromKb(doc, k, "kb-alias"));
      }
    }
  }

  private static boolean allUnambiguous(List<KbMatch> ks) {
    for (KbMatch k : ks) {
      if (k.ambiguous()) {
        return false;
      }
    }
    return true;
  }

  private boolean coversAllButGlue(List<Token> tokens, int f, int e, List<KbMatch> inside) {
    boolean[] covered = new boolean[e - f];
    for (KbMatch k : inside) {
      for (int i = k.start(); i < k.end(); i++) {
        covered[i - f] = true;
      }
    }
    for (int i = f; i < e; i++) {
      if (!covered[i - f] && !glue.contains(tokens.get(i).norm())) {
        return false;
      }
    }
    return true;
  }

  private Mention fromKb(Document doc, KbMatch k, String rule) {
    List<Token> tokens = doc.tokens();
    CharSpan span = new CharSpan(tokens.get(k.start()).begin(), tokens.get(k.end() - 1).end());
    return new Mention(
        span,
        new TokenRange(k.start(), k.end()),
        span.in(doc.text()),
        k.type(),
        Provenance.of(NAME, rule, KB.confidence()));
  }

  private static Mention retype(Mention m, EntityType type, String rule) {
    if (type == m.type() && rule.equals(m.provenance().rule())) {
      return m;
    }
    Provenance p = Provenance.of(m.provenance().stage(), rule, m.provenance().confidence());
    return new Mention(m.span(), m.tokens(), m.text(), type, p);
  }

  /** Leaves titles, posts and honorifics out of a mention; null when nothing of a name remains. */
  private Mention trim(Document doc, Mention m) {
    List<Token> tokens = doc.tokens();
    int f = m.tokens().first();
    int e = m.tokens().end();
    if (m.type() == EntityType.PERSON) {
      while (f < e
          && (before.contains(tokens.get(f).norm()) || posts.contains(tokens.get(f).norm()))) {
        f++;
      }
      while (e > f && after.contains(tokens.get(e - 1).norm())) {
        e--;
      }
    }
    while (f < e && tokens.get(f).kind() == TokenKind.PUNCTUATION) {
      f++;
    }
    while (e > f && tokens.get(e - 1).kind() == TokenKind.PUNCTUATION) {
      e--;
    }
    if (f >= e) {
      return null;
    }
    if (e - f == 1 && notNames.contains(tokens.get(f).norm())) {
      return null;
    }
    if (f == m.tokens().first() && e == m.tokens().end()) {
      return m;
    }
    CharSpan span = new CharSpan(tokens.get(f).begin(), tokens.get(e - 1).end());
    return new Mention(
        span,
        new TokenRange(f, e),
        span.in(doc.text()),
        m.type(),
        Provenance.of(
            m.provenance().stage(),
            m.provenance().rule() + "+trimmed",
            m.provenance().confidence()));
  }
}

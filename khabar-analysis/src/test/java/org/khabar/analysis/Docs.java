package org.khabar.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Token;
import org.khabar.model.TokenRange;
import org.khabar.text.TextStage;

/**
 * Test documents: real sentences and tokens from the text stage, entities marked by hand, so that a
 * rule's test does not depend on the tagger's accuracy.
 */
public final class Docs {

  private static final TextStage TEXT = new TextStage();
  private static final Provenance HAND = Provenance.of("test", "hand", 1.0);

  private final Article article;
  private final Map<String, Marked> entities = new LinkedHashMap<>();

  private record Marked(EntityType type, String name, List<String> forms, int occurrence) {}

  private Docs(Article article) {
    this.article = article;
  }

  public static Docs of(String body) {
    return new Docs(new Article("t", LocalDate.of(2026, 1, 24), "", body, null));
  }

  public static Docs of(String headline, String body) {
    return new Docs(new Article("t", LocalDate.of(2026, 1, 24), headline, body, null));
  }

  /** Marks every occurrence of the name (and of the other forms) as one person. */
  public Docs person(String name, String... otherForms) {
    return mark(EntityType.PERSON, name, otherForms);
  }

  public Docs org(String name, String... otherForms) {
    return mark(EntityType.ORG, name, otherForms);
  }

  public Docs place(String name, String... otherForms) {
    return mark(EntityType.PLACE, name, otherForms);
  }

  private Docs mark(EntityType type, String name, String... otherForms) {
    List<String> forms = new ArrayList<>();
    forms.add(name);
    forms.addAll(List.of(otherForms));
    entities.put(name, new Marked(type, name, forms, 0));
    return this;
  }

  /** Marks only the {@code occurrence}-th (1-based) occurrence of the name, as a tagger might. */
  public Docs once(EntityType type, String name, int occurrence) {
    entities.put(
        type + ":" + name + ":" + occurrence, new Marked(type, name, List.of(name), occurrence));
    return this;
  }

  /** The document with sentences, tokens, mentions and entities (ids e1, e2… in marking order). */
  public Document build() {
    Document d = TEXT.apply(Document.of(article));
    String text = d.text();
    List<Entity> out = new ArrayList<>();
    List<Mention> all = new ArrayList<>();
    int n = 1;
    for (Marked m : entities.values()) {
      List<Mention> ms = new ArrayList<>();
      for (String form : m.forms()) {
        int seen = 0;
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
          seen++;
          if (m.occurrence() > 0 && seen != m.occurrence()) {
            continue;
          }
          TokenRange r = tokensOf(d.tokens(), at, at + form.length());
          if (r != null && covered(all, at, at + form.length()) == null) {
            ms.add(new Mention(new CharSpan(at, at + form.length()), r, form, m.type(), HAND));
          }
        }
      }
      if (ms.isEmpty()) {
        throw new IllegalArgumentException(
            "'" + m.name() + "' is not a token sequence of the text");
      }
      ms.sort((x, y) -> x.span().compareTo(y.span()));
      all.addAll(ms);
      out.add(new Entity("e" + n++, m.type(), m.name(), "", null, ms, List.of(), HAND));
    }
    all.sort((x, y) -> x.span().compareTo(y.span()));
    return d.withMentions(all).withEntities(out);
  }

  private static Mention covered(List<Mention> ms, int b, int e) {
    for (Mention m : ms) {
      if (m.begin() <= b && e <= m.end() && (m.begin() != b || m.end() != e)) {
        return null; // nested mentions are allowed (a place inside an organisation)
      }
      if (m.begin() == b && m.end() == e) {
        return m;
      }
    }
    return null;
  }

  private static TokenRange tokensOf(List<Token> tokens, int begin, int end) {
    int first = -1;
    for (Token t : tokens) {
      if (t.begin() == begin) {
        first = t.index();
      }
      if (first >= 0 && t.end() == end) {
        return new TokenRange(first, t.index() + 1);
      }
    }
    return null;
  }
}

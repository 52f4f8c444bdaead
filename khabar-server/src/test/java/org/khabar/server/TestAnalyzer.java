package org.khabar.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.khabar.analysis.events.EventStage;
import org.khabar.analysis.lex.PhraseTrie;
import org.khabar.analysis.quotes.QuoteStage;
import org.khabar.analysis.roles.PostMatcher;
import org.khabar.analysis.roles.RoleStage;
import org.khabar.analysis.summary.SummaryStage;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Token;
import org.khabar.model.TokenRange;
import org.khabar.text.Canonicalizer;
import org.khabar.text.TextStage;

/**
 * The analysis the server tests and benches run: the real text, role, quote, event and summary
 * stages over entities marked from a small gazetteer, so the tests do not depend on a tagger's
 * accuracy (the project's tagger is not wired into the standard analyser yet).
 */
final class TestAnalyzer implements Function<Article, Document> {

  record Known(EntityType type, String kb, String latin, List<String> forms) {}

  static final List<Known> GAZETTEER =
      List.of(
          new Known(
              EntityType.PERSON,
              "kb:kharge",
              "Mallikarjun Kharge",
              List.of("मल्लिकार्जुन खरगे", "खरगे")),
          new Known(EntityType.PERSON, "kb:rahul-gandhi", "Rahul Gandhi", List.of("राहुल गांधी")),
          new Known(
              EntityType.PERSON, "kb:tejashwi-yadav", "Tejashwi Yadav", List.of("तेजस्वी यादव")),
          new Known(EntityType.PERSON, "kb:nitish-kumar", "Nitish Kumar", List.of("नीतीश कुमार")),
          new Known(EntityType.ORG, "kb:inc", "Congress", List.of("कांग्रेस")),
          new Known(EntityType.ORG, "kb:bjp", "BJP", List.of("भाजपा")),
          new Known(EntityType.ORG, "kb:rjd", "RJD", List.of("राजद")),
          new Known(EntityType.ORG, "kb:jdu", "JDU", List.of("जदयू")),
          new Known(EntityType.PLACE, "kb:patna", "Patna", List.of("पटना")),
          new Known(EntityType.PLACE, "kb:bihar", "Bihar", List.of("बिहार")),
          new Known(EntityType.PLACE, "kb:delhi", "Delhi", List.of("दिल्ली")));

  private static final Provenance GAZ = Provenance.of("mentions", "test-gazetteer", 0.9);
  private static final UnaryOperator<String> CANON = s -> Canonicalizer.canonicalize(s).text();

  private final TextStage text = new TextStage();
  private final RoleStage roles = new RoleStage(new Posts(), CANON);
  private final QuoteStage quotes = new QuoteStage(CANON);
  private final EventStage events = new EventStage(CANON);
  private final SummaryStage summary = new SummaryStage(2);

  @Override
  public Document apply(Article article) {
    Document d = text.apply(Document.of(article));
    d = mark(d);
    return summary.apply(events.apply(quotes.apply(roles.apply(d))));
  }

  private static Document mark(Document d) {
    String t = d.text();
    List<Mention> all = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (Known k : GAZETTEER) {
      List<Mention> ms = new ArrayList<>();
      for (String form : k.forms()) {
        for (int at = t.indexOf(form); at >= 0; at = t.indexOf(form, at + 1)) {
          int end = at + form.length();
          TokenRange r = tokens(d.tokens(), at, end);
          if (r == null || overlaps(all, at, end) || overlaps(ms, at, end)) {
            continue;
          }
          ms.add(new Mention(new CharSpan(at, end), r, form, k.type(), GAZ));
        }
      }
      if (!ms.isEmpty()) {
        ms.sort((x, y) -> x.span().compareTo(y.span()));
        all.addAll(ms);
        entities.add(
            new Entity(
                "e" + (entities.size() + 1),
                k.type(),
                k.forms().get(0),
                k.latin(),
                k.kb(),
                ms,
                List.of(),
                Provenance.of("link", "test-gazetteer", 0.95)));
      }
    }
    all.sort((x, y) -> x.span().compareTo(y.span()));
    return d.withMentions(all).withEntities(entities);
  }

  private static boolean overlaps(List<Mention> ms, int b, int e) {
    for (Mention m : ms) {
      if (m.span().overlaps(new CharSpan(b, e))) {
        return true;
      }
    }
    return false;
  }

  private static TokenRange tokens(List<Token> tokens, int begin, int end) {
    int first = -1;
    for (Token tk : tokens) {
      if (tk.begin() == begin) {
        first = tk.index();
      }
      if (first >= 0 && tk.end() == end) {
        return new TokenRange(first, tk.index() + 1);
      }
      if (tk.begin() >= end) {
        break;
      }
    }
    return null;
  }

  /** A few posts, enough for the seed articles. */
  private static final class Posts implements PostMatcher {
    private final PhraseTrie<String> trie = new PhraseTrie<>();

    Posts() {
      for (String p :
          List.of(
              "अध्यक्ष",
              "मुख्यमंत्री",
              "सांसद",
              "विधायक",
              "प्रवक्ता",
              "नेता",
              "विपक्ष के नेता",
              "प्रधानमंत्री")) {
        trie.add(List.of(CANON.apply(p).split(" ")), p);
      }
    }

    @Override
    public PostMatch matchAt(List<Token> tokens, int i, int limit) {
      PhraseTrie.Match<String> m = trie.longestAt(tokens, i, limit, Token::norm);
      return m == null
          ? null
          : new PostMatch(m.start(), m.end(), "post:" + m.value(), m.value().equals("नेता"));
    }
  }
}

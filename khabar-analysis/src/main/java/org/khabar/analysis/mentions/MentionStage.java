package org.khabar.analysis.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.khabar.analysis.lex.Lexicons;
import org.khabar.analysis.mentions.KbMatcher.KbMatch;
import org.khabar.analysis.roles.PostMatcher;
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
import org.khabar.ner.Lexicon;
import org.khabar.ner.Words;
import org.khabar.pipeline.Stage;

/**
 * Reconciles the statistical tagger's mentions with the names the knowledge base knows and with the
 * annotation rules users expect:
 *
 * <ul>
 *   <li><b>edges</b>: titles, posts, honorifics, verbs and postpositions glued to a mention are
 *       left out ("श्री", "पीएम मोदी" → "मोदी", "नेता प्रतिपक्ष तेजस्वी" → "तेजस्वी", "केजरीवाल
 *       बोले" → "केजरीवाल"); a mention that is only a post, a word that is never a name alone, or
 *       one oblique-plural word ("माओवादियों") is dropped;
 *   <li><b>types</b>: a tagged span that is exactly a known, unambiguous name takes the knowledge
 *       base's type;
 *   <li><b>splits</b>: a tagged span made only of known names ("बिहार कांग्रेस") becomes those
 *       names; a Latin-script span containing known names ("RJD Alliance Break") becomes those
 *       names; a known name at the edge of a tagged span is split off when the rest is named
 *       elsewhere in the article or has another type;
 *   <li><b>not organisations</b>: "केंद्र सरकार", "ज़िला पुलिस" are not organisations by the
 *       annotation rules, but a place or party named inside them is a mention;
 *   <li><b>additions</b>: a known place inside an organisation ("दिल्ली पुलिस") is a place mention
 *       too; a known name the tagger missed is added when unambiguous, and one that extends a
 *       tagged name replaces it; a newspaper after "दैनिक" is an organisation; names right after a
 *       post that the tagger cut in pieces are one person ("प्रभारी कृष्णा अल्लावरू");
 *   <li>ambiguous aliases (राम, आप) only confirm what the tagger found.
 * </ul>
 */
public final class MentionStage implements Stage {

  public static final String NAME = "mentions";
  private static final double KB_CONFIDENCE = 0.9;

  private final KbMatcher kb;
  private final PostMatcher posts;
  private final Set<String> before = new HashSet<>();
  private final Set<String> after = new HashSet<>();
  private final Set<String> postWords = new HashSet<>();
  private final Set<String> notNames = new HashSet<>();
  private final Set<String> trailing = new HashSet<>();
  private final Set<String> notOrgHeads = new HashSet<>();
  private final Set<String> press = new HashSet<>();
  private final Set<String> pressNext = new HashSet<>();
  private final Map<String, Integer> orgHeads = new HashMap<>();
  private final Set<String> orgNext = new HashSet<>();
  private final Set<String> notInOrgName = new HashSet<>();
  private final Set<String> glue = new HashSet<>();
  private final String obliquePlural;

  /** The tagger's word lists (titles, posts, organisation heads, place cues...), as word keys. */
  private final Set<String> cueWords = new HashSet<>();

  public MentionStage(KbMatcher kb, PostMatcher posts, UnaryOperator<String> canonical) {
    this.kb = kb;
    this.posts = posts;
    for (Lexicons.Row r : Lexicons.rows(MentionStage.class, "words.tsv")) {
      String w = canonical.apply(r.col(0).strip());
      String cls = r.col(1).strip().toUpperCase(Locale.ROOT);
      if (cls.startsWith("ORG_HEAD:")) {
        try {
          orgHeads.put(w, Integer.parseInt(cls.substring("ORG_HEAD:".length())));
        } catch (NumberFormatException ex) {
          throw r.error("ORG_HEAD needs a number of name words: '" + r.col(1) + "'");
        }
        continue;
      }
      switch (cls) {
        case "HONORIFIC_BEFORE" -> before.add(w);
        case "HONORIFIC_AFTER" -> after.add(w);
        case "POST" -> postWords.add(w);
        case "NOT_A_NAME" -> notNames.add(w);
        case "TRAILING" -> trailing.add(w);
        case "NOT_ORG_HEAD" -> notOrgHeads.add(w);
        case "PRESS" -> press.add(w);
        case "PRESS_NEXT" -> pressNext.add(w);
        case "ORG_NEXT" -> orgNext.add(w);
        case "NOT_IN_ORG_NAME" -> notInOrgName.add(w);
        default -> throw r.error("unknown word class '" + r.col(1) + "'");
      }
    }
    for (String g : List.of("के", "की", "का", "-", "और", "व", "एवं")) {
      glue.add(canonical.apply(g));
    }
    obliquePlural = canonical.apply("ों");
    Lexicon lex = Lexicon.shipped();
    for (Set<String> words :
        List.of(
            lex.honorifics(),
            lex.designations(),
            lex.orgHeads(),
            lex.placeCues(),
            lex.postpositions(),
            lex.speechCues())) {
      cueWords.addAll(words);
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
    return new Run(doc).run();
  }

  private final class Run {
    final Document doc;
    final List<Token> tokens;
    final List<Mention> out = new ArrayList<>();
    final Map<String, EntityType> taggedTypes = new HashMap<>();
    final Map<String, Integer> taggedCounts = new HashMap<>();

    Run(Document doc) {
      this.doc = doc;
      this.tokens = doc.tokens();
    }

    Document run() {
      List<Mention> tagged = new ArrayList<>();
      for (Mention m : doc.mentions()) {
        Mention t = trim(m);
        if (t != null) {
          tagged.add(t);
          taggedTypes.putIfAbsent(t.text(), t.type());
          taggedCounts.merge(t.text(), 1, Integer::sum);
        }
      }
      tagged = splitJoinedNames(tagged);
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
        reconcile(inSentence, known);
        pressNames(a, b);
        headedOrganisations(a, b);
        postFollowers(a, b);
      }
      sameNameElsewhere();
      namePartsElsewhere();
      placesInsideOrganisations();
      out.sort(Comparator.comparing(Mention::span).thenComparing(m -> m.type().ordinal()));
      List<Mention> unique = new ArrayList<>();
      Set<CharSpan> seen = new HashSet<>();
      for (Mention m : out) {
        if (seen.add(m.span())) {
          unique.add(m);
        }
      }
      return doc.withMentions(unique);
    }

    /**
     * "नारायण दत्त तिवारी रोहित शेखर": a tagged name made of two names the article also names alone
     * is two mentions.
     */
    private List<Mention> splitJoinedNames(List<Mention> tagged) {
      List<Mention> result = new ArrayList<>();
      for (Mention m : tagged) {
        int f = m.tokens().first();
        int e = m.tokens().end();
        boolean split = false;
        for (int k = f + 1; k < e && !split; k++) {
          String left = new CharSpan(tokens.get(f).begin(), tokens.get(k - 1).end()).in(doc.text());
          String right =
              new CharSpan(tokens.get(k).begin(), tokens.get(e - 1).end()).in(doc.text());
          if (taggedCounts.containsKey(left) && taggedCounts.containsKey(right)) {
            Provenance p = Provenance.of(NAME, "joined-names-split", m.provenance().confidence());
            result.add(span(f, k, taggedTypes.get(left), p));
            result.add(span(k, e, taggedTypes.get(right), p));
            split = true;
          }
        }
        if (!split) {
          result.add(m);
        }
      }
      return result;
    }

    private String norm(int i) {
      return tokens.get(i).norm();
    }

    private void reconcile(List<Mention> tagged, List<KbMatch> known) {
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
          String rule = exact.ambiguous() ? m.provenance().rule() : m.provenance().rule() + "+kb";
          out.add(retype(m, type, rule));
          continue;
        }
        if (extending != null && !extending.ambiguous()) {
          used.add(extending);
          out.add(
              fromKb(extending.start(), extending.end(), extending.type(), "kb-extends-tagged"));
          continue;
        }
        List<KbMatch> sure = inside.stream().filter(k -> !k.ambiguous()).toList();
        if (e - f == 1 && norm(f).endsWith(obliquePlural) && m.type() != EntityType.PLACE) {
          continue; // "माओवादियों", "नक्सलियों": a plural of people, not a name
        }
        if (notOrgHeads.contains(norm(e - 1))) {
          for (KbMatch k : sure) {
            used.add(k);
            out.add(fromKb(k.start(), k.end(), k.type(), "kb-inside-not-org"));
          }
          continue;
        }
        if (!sure.isEmpty()
            && (allLatin(f, e) || coversAllButGlue(f, e, inside) && sure.size() == inside.size())) {
          for (KbMatch k : sure) {
            used.add(k);
            out.add(fromKb(k.start(), k.end(), k.type(), "kb-splits-tagged"));
          }
          continue;
        }
        if (splitAtEdge(m, sure, used)) {
          continue;
        }
        out.add(m);
        for (KbMatch k : sure) {
          used.add(k);
        }
      }
      for (KbMatch k : known) {
        if (used.contains(k) || k.ambiguous()) {
          continue;
        }
        if (!overlapsOutput(k.start(), k.end())) {
          out.add(fromKb(k.start(), k.end(), k.type(), "kb-alias"));
        }
      }
    }

    /**
     * "एनडी तिवारी सुप्रीम कोर्ट": a known name at one edge of a tagged span is split off when the
     * rest has another type or is named on its own elsewhere in the article.
     */
    private boolean splitAtEdge(Mention m, List<KbMatch> sure, Set<KbMatch> used) {
      int f = m.tokens().first();
      int e = m.tokens().end();
      for (KbMatch k : sure) {
        int rf;
        int re;
        if (k.start() == f) {
          rf = k.end();
          re = e;
        } else if (k.end() == e) {
          rf = f;
          re = k.start();
        } else {
          continue;
        }
        while (rf < re && glue.contains(norm(rf))) {
          rf++;
        }
        while (re > rf && glue.contains(norm(re - 1))) {
          re--;
        }
        if (rf >= re) {
          continue;
        }
        String rest = new CharSpan(tokens.get(rf).begin(), tokens.get(re - 1).end()).in(doc.text());
        EntityType restType = taggedTypes.get(rest);
        boolean namedAlone = restType != null && taggedCounts.getOrDefault(rest, 0) > 0;
        boolean placeOpeningAnOrganisation =
            k.type() == EntityType.PLACE && m.type() == EntityType.ORG && k.start() == f;
        if ((k.type() == m.type() || placeOpeningAnOrganisation) && !namedAlone) {
          continue; // "कांग्रेस पार्टी", "दिल्ली महिला मंच" stay whole
        }
        used.add(k);
        out.add(fromKb(k.start(), k.end(), k.type(), "kb-edge-split"));
        EntityType t = namedAlone ? restType : m.type();
        out.add(
            span(
                rf, re, t, Provenance.of(NAME, "kb-edge-split-rest", m.provenance().confidence())));
        return true;
      }
      return false;
    }

    /** "दैनिक जागरण": the words after a press word, up to a postposition, name a newspaper. */
    private void pressNames(int a, int b) {
      for (int i = a; i < b - 1; i++) {
        if (!press.contains(norm(i))) {
          continue;
        }
        int j = i + 1;
        while (j < b && j < i + 7 && isNameWord(j)) {
          j++;
        }
        while (j > i + 1 && norm(j - 1).equals("-")) {
          j--;
        }
        if (j == i + 1 || !pressContext(j, b)) {
          continue; // "दैनिक आधार पर", "दैनिक जीवन में": the adjective, not a paper
        }
        int start = i + 1;
        int end = j;
        out.removeIf(m -> m.tokens().first() >= start && m.tokens().end() <= end);
        out.add(span(start, end, EntityType.ORG, Provenance.of(NAME, "press-name", 0.8)));
      }
    }

    /**
     * "हिंदू जागरण मंच ने", "राज्य लोक सेवा आयोग (आरपीएससी)": name words before a noun that ends
     * organisations' names are one organisation where it acts (an agent marker follows) or is
     * introduced with its abbreviation. How many name words a head needs comes from the lexicon, so
     * that "जांच समिति ने" names nothing while "एडिटर्स गिल्ड ने" does. A place may open the name;
     * a person or another organisation ends it.
     */
    private void headedOrganisations(int a, int b) {
      for (int h = a + 1; h < b; h++) {
        Integer needed = orgHeads.get(norm(h));
        if (needed == null || !(acts(h + 1, b) || abbreviationAfter(h + 1, b))) {
          continue;
        }
        // the word before the head always may belong to the name; words further out only when
        // known organisations' names use them, or when they are places ("झारखंड लोक सेवा आयोग")
        int start = h;
        while (start > a
            && start > h - 5
            && inOrgName(start - 1, h)
            && (start == h || kb.inOrganisationName(tokens.get(start - 1)) || isPlace(start - 1))) {
          start--;
        }
        while (start < h && notInOrgName.contains(norm(start))) {
          start++;
        }
        int first = start;
        int end = h + 1;
        if (h - start < needed
            || coveredBeyond(start, end)
            || out.stream().anyMatch(m -> m.tokens().first() == first && m.tokens().end() == end)) {
          continue;
        }
        out.removeIf(
            m ->
                m.type() != EntityType.PLACE
                    && m.tokens().first() >= first
                    && m.tokens().end() <= end);
        out.add(span(first, end, EntityType.ORG, Provenance.of(NAME, "org-head-name", 0.7)));
      }
    }

    private boolean acts(int k, int b) {
      return k < b && orgNext.contains(norm(k));
    }

    /** "(जेपीएससी)": one word in brackets right after the name. */
    private boolean abbreviationAfter(int k, int b) {
      return k + 2 < b
          && norm(k).equals("(")
          && norm(k + 2).equals(")")
          && (tokens.get(k + 1).kind() == TokenKind.DEVANAGARI
              || tokens.get(k + 1).kind() == TokenKind.LATIN);
    }

    /**
     * Whether token {@code k} can be part of an organisation's name that ends with the head at
     * {@code head}: a name word that no person, and no organisation ending elsewhere, covers.
     */
    private boolean inOrgName(int k, int head) {
      Token t = tokens.get(k);
      boolean word = t.kind() == TokenKind.DEVANAGARI || t.kind() == TokenKind.LATIN;
      // "राज्य", "प्रदेश" are never names alone but open many ("राज्य लोक सेवा आयोग")
      if (!word
          || trailing.contains(t.norm())
          || notInOrgName.contains(t.norm())
          || postWords.contains(t.norm())) {
        return false;
      }
      for (Mention m : out) {
        if (m.tokens().first() <= k && k < m.tokens().end()) {
          if (m.type() == EntityType.PERSON
              || m.type() == EntityType.ORG && m.tokens().end() != head + 1) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean isPlace(int k) {
      for (Mention m : out) {
        if (m.type() == EntityType.PLACE && m.tokens().first() <= k && k < m.tokens().end()) {
          return true;
        }
      }
      return false;
    }

    /** Whether a mention already reaches outside {@code [f, e)} while overlapping it. */
    private boolean coveredBeyond(int f, int e) {
      for (Mention m : out) {
        int mf = m.tokens().first();
        int me = m.tokens().end();
        if (mf < e && f < me && (mf < f || me > e)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A newspaper's name is followed, within two words, by what papers do ("ने लिखा", "की
     * रिपोर्ट").
     */
    private boolean pressContext(int after, int b) {
      for (int k = after; k < b && k < after + 2; k++) {
        if (pressNext.contains(norm(k))) {
          return true;
        }
      }
      return false;
    }

    private boolean isNameWord(int i) {
      Token t = tokens.get(i);
      if (t.norm().equals("-")) {
        return i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.DEVANAGARI;
      }
      return (t.kind() == TokenKind.DEVANAGARI || t.kind() == TokenKind.LATIN)
          && !trailing.contains(t.norm())
          && !notNames.contains(t.norm());
    }

    /** "बिहार प्रभारी कृष्णा अल्लावरू": adjacent pieces right after a post are one person. */
    private void postFollowers(int a, int b) {
      for (int i = a; i < b; i++) {
        PostMatcher.PostMatch pm = posts.matchAt(tokens, i, b);
        if (pm == null) {
          continue;
        }
        int p = pm.end();
        while (p < b && before.contains(norm(p))) {
          p++;
        }
        List<Mention> pieces = new ArrayList<>();
        int at = p;
        while (true) {
          Mention next = startingAt(at);
          if (next == null || next.tokens().size() > 1) {
            break; // pieces the tagger cut are single words; a whole name stands apart
          }
          pieces.add(next);
          at = next.tokens().end();
        }
        // "प्रधानमंत्री मोदी दिल्ली": pieces the knowledge base knows each stay what they are
        boolean allKnown = pieces.stream().allMatch(x -> x.provenance().rule().contains("kb"));
        if (pieces.size() >= 2
            && !allKnown
            && pieces.stream().anyMatch(x -> x.type() != EntityType.ORG)) {
          out.removeAll(pieces);
          out.add(span(p, at, EntityType.PERSON, Provenance.of(NAME, "post-follower", 0.75)));
        }
        i = pm.end() - 1;
      }
    }

    private Mention startingAt(int tok) {
      Mention best = null;
      for (Mention m : out) {
        if (m.tokens().first() == tok
            && (best == null || m.tokens().size() > best.tokens().size())) {
          best = m;
        }
      }
      return best;
    }

    /**
     * One name, one reading per article: a name of two words or more found once is a mention
     * wherever else the same words stand alone ("किरण बेदी का कहना था" where the tagger missed it
     * but found "किरण बेदी कहती हैं"). A name found with two types spreads nowhere.
     */
    private void sameNameElsewhere() {
      Map<List<String>, EntityType> names = new HashMap<>();
      Set<List<String>> conflicting = new HashSet<>();
      for (Mention m : out) {
        if (m.tokens().size() < 2) {
          continue;
        }
        List<String> words = words(m);
        EntityType prev = names.putIfAbsent(words, m.type());
        if (prev != null && prev != m.type()) {
          conflicting.add(words);
        }
      }
      names.keySet().removeAll(conflicting);
      if (names.isEmpty()) {
        return;
      }
      boolean[] covered = covered();
      List<Mention> add = new ArrayList<>();
      for (Map.Entry<List<String>, EntityType> n : names.entrySet()) {
        List<String> words = n.getKey();
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
          int e = i + words.size();
          if (matches(words, i) && free(covered, i, e) && !extended(i, e)) {
            add.add(span(i, e, n.getValue(), Provenance.of(NAME, "same-name-elsewhere", 0.7)));
            for (int k = i; k < e; k++) {
              covered[k] = true;
            }
          }
        }
      }
      out.addAll(add);
    }

    /**
     * "उज्ज्वला शर्मा" found once, then "उज्ज्वला बताती हैं" or "शर्मा ने कहा": the first or last
     * word of a person's name standing alone is that person where it cannot be anyone else's, that
     * is when the word begins or ends no other name in the article and sits in no organisation or
     * place, and where it stands like a name: followed by a postposition or speech verb ({@code
     * TRAILING}) and preceded by nothing that could be another given name (the start of the
     * sentence, punctuation, a postposition, a title, a post or another mention).
     */
    private void namePartsElsewhere() {
      Map<String, Set<List<String>>> owners = new HashMap<>();
      Set<String> elsewhere = new HashSet<>();
      for (Mention m : out) {
        List<String> words = words(m);
        if (m.type() != EntityType.PERSON) {
          elsewhere.addAll(words);
          continue;
        }
        if (words.size() < 2) {
          continue;
        }
        for (String part : List.of(words.get(0), words.get(words.size() - 1))) {
          owners.computeIfAbsent(part, k -> new HashSet<>()).add(words);
        }
      }
      boolean[] covered = covered();
      boolean[] sentenceStart = new boolean[tokens.size()];
      for (Sentence s : doc.sentences()) {
        if (s.tokens().first() < tokens.size()) {
          sentenceStart[s.tokens().first()] = true;
        }
      }
      List<Mention> add = new ArrayList<>();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        String w = norm(i);
        Set<List<String>> names = owners.get(w);
        if (names == null
            || names.size() != 1
            || covered[i]
            || elsewhere.contains(w)
            || w.length() < 2
            || tokens.get(i).kind() != TokenKind.DEVANAGARI
            || !nameLike(w, i)
            || !trailing.contains(norm(i + 1))
            || extended(i, i + 1)
            || !(sentenceStart[i] || standsApart(i - 1, covered))) {
          continue;
        }
        add.add(span(i, i + 1, EntityType.PERSON, Provenance.of(NAME, "name-part-elsewhere", 0.7)));
        covered[i] = true;
      }
      out.addAll(add);
    }

    /**
     * Whether a word can stand alone for a person: not a title, post, organisation head, place cue
     * or other cue word (a tagged name that swallowed "अदालत" must not make every court a person),
     * and not a name the knowledge base knows as something other than a person.
     */
    private boolean nameLike(String w, int i) {
      if (notNames.contains(w)
          || before.contains(w)
          || after.contains(w)
          || postWords.contains(w)
          || orgHeads.containsKey(w)
          || notOrgHeads.contains(w)
          || press.contains(w)
          || cueWords.contains(Words.key(tokens.get(i).norm()))) {
        return false;
      }
      for (KbMatch k : kb.find(tokens, i, i + 1)) {
        if (k.type() != EntityType.PERSON) {
          return false;
        }
      }
      return true;
    }

    /** Whether the token before a lone name part cannot be another given name. */
    private boolean standsApart(int prev, boolean[] covered) {
      if (prev < 0 || covered[prev]) {
        return true;
      }
      Token t = tokens.get(prev);
      String w = t.norm();
      return t.kind() == TokenKind.PUNCTUATION
          || trailing.contains(w)
          || glue.contains(w)
          || before.contains(w)
          || postWords.contains(w);
    }

    /** The canonical words of a mention. */
    private List<String> words(Mention m) {
      List<String> words = new ArrayList<>(m.tokens().size());
      for (int k = m.tokens().first(); k < m.tokens().end(); k++) {
        words.add(norm(k));
      }
      return words;
    }

    /** Which tokens the mentions found so far cover. */
    private boolean[] covered() {
      boolean[] covered = new boolean[tokens.size()];
      for (Mention m : out) {
        for (int k = m.tokens().first(); k < m.tokens().end(); k++) {
          covered[k] = true;
        }
      }
      return covered;
    }

    private boolean matches(List<String> words, int at) {
      for (int k = 0; k < words.size(); k++) {
        if (!norm(at + k).equals(words.get(k))) {
          return false;
        }
      }
      return true;
    }

    private static boolean free(boolean[] covered, int f, int e) {
      for (int k = f; k < e; k++) {
        if (covered[k]) {
          return false;
        }
      }
      return true;
    }

    /** Whether the words around {@code [f, e)} glue it into a longer word ("-" joins). */
    private boolean extended(int f, int e) {
      return f > 0 && norm(f - 1).equals("-") || e < tokens.size() && norm(e).equals("-");
    }

    /**
     * "दिल्ली पुलिस", "बिहार विधानसभा": a known place inside an organisation is a place mention
     * too.
     */
    private void placesInsideOrganisations() {
      List<Mention> add = new ArrayList<>();
      for (Mention m : out) {
        if (m.type() != EntityType.ORG || m.tokens().size() < 2) {
          continue;
        }
        int i = m.tokens().first();
        while (i < m.tokens().end()) {
          List<KbMatch> ks = kb.find(tokens, i, m.tokens().end());
          KbMatch k = ks.isEmpty() ? null : ks.get(0);
          if (k != null
              && k.start() == i
              && !k.ambiguous()
              && k.type() == EntityType.PLACE
              && (k.start() != m.tokens().first() || k.end() != m.tokens().end())) {
            add.add(fromKb(k.start(), k.end(), EntityType.PLACE, "kb-place-in-org"));
            i = k.end();
          } else {
            i++;
          }
        }
      }
      out.addAll(add);
    }

    private boolean overlapsOutput(int f, int e) {
      for (Mention m : out) {
        if (m.tokens().first() < e && f < m.tokens().end()) {
          return true;
        }
      }
      return false;
    }

    private boolean allLatin(int f, int e) {
      for (int i = f; i < e; i++) {
        TokenKind k = tokens.get(i).kind();
        if (k != TokenKind.LATIN && k != TokenKind.PUNCTUATION) {
          return false;
        }
      }
      return true;
    }

    private boolean coversAllButGlue(int f, int e, List<KbMatch> inside) {
      boolean[] covered = new boolean[e - f];
      for (KbMatch k : inside) {
        for (int i = k.start(); i < k.end(); i++) {
          covered[i - f] = true;
        }
      }
      for (int i = f; i < e; i++) {
        if (!covered[i - f] && !glue.contains(norm(i))) {
          return false;
        }
      }
      return true;
    }

    private Mention fromKb(int f, int e, EntityType type, String rule) {
      return span(f, e, type, Provenance.of(NAME, rule, KB_CONFIDENCE));
    }

    private Mention span(int f, int e, EntityType type, Provenance p) {
      CharSpan span = new CharSpan(tokens.get(f).begin(), tokens.get(e - 1).end());
      return new Mention(span, new TokenRange(f, e), span.in(doc.text()), type, p);
    }

    /**
     * Leaves titles, posts, honorifics and glued words out of a mention; null when no name remains.
     */
    private Mention trim(Mention m) {
      int f = m.tokens().first();
      int e = m.tokens().end();
      int limit = e;
      // a post phrase that starts before the mention and ends inside it ("नेता | प्रतिपक्ष
      // तेजस्वी")
      for (int s = Math.max(0, f - 3); s <= f && m.type() == EntityType.PERSON; s++) {
        PostMatcher.PostMatch pm = posts.matchAt(tokens, s, limit);
        if (pm != null && pm.end() > f && pm.end() < e) {
          f = pm.end();
        }
      }
      boolean changed = true;
      while (changed && f < e) {
        changed = false;
        String w = norm(f);
        if (m.type() == EntityType.PERSON && (before.contains(w) || postWords.contains(w))) {
          f++;
          changed = true;
        } else if (tokens.get(f).kind() == TokenKind.PUNCTUATION) {
          f++;
          changed = true;
        }
      }
      changed = true;
      while (changed && e > f) {
        changed = false;
        String w = norm(e - 1);
        if (after.contains(w)
            || trailing.contains(w)
            || tokens.get(e - 1).kind() == TokenKind.PUNCTUATION) {
          e--;
          changed = true;
        }
      }
      if (f >= e) {
        return null;
      }
      if (e - f == 1 && notNames.contains(norm(f))) {
        return null;
      }
      PostMatcher.PostMatch whole = posts.matchAt(tokens, f, e);
      if (whole != null && whole.start() == f && whole.end() == e) {
        return null; // only a post: "राज्यसभा सांसद"
      }
      if (f == m.tokens().first() && e == m.tokens().end()) {
        return m;
      }
      return span(
          f,
          e,
          m.type(),
          Provenance.of(
              m.provenance().stage(),
              m.provenance().rule() + "+trimmed",
              m.provenance().confidence()));
    }

    private Mention retype(Mention m, EntityType type, String rule) {
      if (type == m.type() && rule.equals(m.provenance().rule())) {
        return m;
      }
      Provenance p = Provenance.of(m.provenance().stage(), rule, m.provenance().confidence());
      return new Mention(m.span(), m.tokens(), m.text(), type, p);
    }
  }
}

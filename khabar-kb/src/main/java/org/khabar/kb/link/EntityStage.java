package org.khabar.kb.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.khabar.kb.KbEntry;
import org.khabar.kb.KbResources;
import org.khabar.kb.KnowledgeBase;
import org.khabar.kb.Names;
import org.khabar.kb.Organisation;
import org.khabar.kb.Party;
import org.khabar.kb.Place;
import org.khabar.kb.PostMatch;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Layer;
import org.khabar.model.LinkCandidate;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Token;
import org.khabar.model.TokenRange;
import org.khabar.pipeline.Stage;
import org.khabar.translit.Devanagari;
import org.khabar.translit.Translit;

/**
 * Groups a document's mentions into entities and links each entity to a knowledge-base entry or
 * marks it new (stage "link": requires tokens and mentions, produces entities).
 *
 * <p>Per mention, in order:
 *
 * <ol>
 *   <li>Person mentions lose honorifics and a leading post ("श्री", "डॉ.", "पीएम", "जी"), and a
 *       person mention joined by a hyphen ("लालू-तेजस्वी") that is not itself a known name is split
 *       in two.
 *   <li><b>exact-alias</b>: the mention's text is a name of exactly one entry of its type. When the
 *       tagger's type differs but the name is an unambiguous name of a party, organisation or
 *       place, the knowledge base's type wins (a tagger that calls "भाजपा" a person or "बिहार" an
 *       organisation is wrong more often than the knowledge base, whose ambiguous names are
 *       flagged). People are never re-typed.
 *   <li><b>translit-alias</b>: no exact name, but the name in the other script or the same
 *       consonant skeleton belongs to exactly one entry of the type.
 *   <li><b>state-unit</b>: an organisation written as state + party ("बिहार कांग्रेस") is the
 *       party.
 *   <li><b>short-form-coref</b>: a person mention whose words are part of a longer person mention
 *       in the article (खरगे in मल्लिकार्जुन खरगे, तेजस्वी in तेजस्वी यादव) joins that person when
 *       all such longer mentions (and the short form's own unambiguous knowledge-base name) agree
 *       on one person; when they do not (two different गांधी) it stays <b>unresolved</b>: an entity
 *       of its own with the rivals as candidates and no knowledge-base id.
 *   <li>Ambiguous names (आप, राहुल alone) with no such support are not linked: the entity is new,
 *       with the knowledge-base options as candidates.
 * </ol>
 *
 * Entities are numbered e1, e2… in order of first mention; the name is the fullest Devanagari form
 * in the article, the Latin name the knowledge base's English name or a transliteration. Immutable
 * and thread-safe.
 */
public final class EntityStage implements Stage {

  public static final String NAME = "link";
  static final String SHORT_FORM = "short-form-coref";
  static final String STATE_UNIT = "state-unit";
  static final String NEW = "new";
  static final String UNRESOLVED = "unresolved";
  static final String HYPHEN_SPLIT = "hyphen-split";
  static final String CONTEXT = "article-context";
  static final String OTHER_GOVERNMENT = "other-government";

  private final KnowledgeBase kb;
  private final Translit translit;
  private final MentionLinker linker;
  private final List<List<String>> before;
  private final List<List<String>> after;
  private final NameWords nameWords = new NameWords();
  private final Set<String> placeWords;

  /** The stage over the shipped knowledge base and transliterator (loaded side by side). */
  public EntityStage() {
    this(shippedKbWhileTranslitLoads(), Translit.shipped());
  }

  private static KnowledgeBase shippedKbWhileTranslitLoads() {
    CompletableFuture<Translit> translit = CompletableFuture.supplyAsync(Translit::shipped);
    KnowledgeBase kb = KnowledgeBase.shipped();
    translit.join();
    return kb;
  }

  public EntityStage(KnowledgeBase kb, Translit translit) {
    this.kb = kb;
    this.translit = translit;
    this.linker = new MentionLinker(kb, translit);
    List<List<String>> b = new ArrayList<>();
    List<List<String>> a = new ArrayList<>();
    readHonorifics(b, a);
    b.sort(Comparator.comparingInt((List<String> l) -> l.size()).reversed());
    a.sort(Comparator.comparingInt((List<String> l) -> l.size()).reversed());
    this.before = List.copyOf(b);
    this.after = List.copyOf(a);
    this.placeWords =
        KbResources.lines("place-words.txt").stream().map(Names::key).collect(Collectors.toSet());
  }

  private static void readHonorifics(List<List<String>> before, List<List<String>> after) {
    for (String line : KbResources.lines("honorifics.txt")) {
      String[] f = line.split("\t");
      if (f.length == 2) {
        (f[0].equals("before") ? before : after).add(Names.tokens(f[1]));
      }
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  // ---- per-mention state ----

  /** One mention as the linker sees it. */
  private static final class M {
    Mention mention;
    EntityType type;
    List<String> words;
    List<NameWords.Word> nameWords;
    String key;
    String linked; // kb id
    String rule = NEW;
    double confidence = 0.5;
    List<LinkCandidate> candidates = List.of();
    String identity;

    String text() {
      return mention.text();
    }
  }

  @Override
  public Document apply(Document doc) {
    List<M> ms = prepare(doc);
    for (M m : ms) {
      resolve(m);
    }
    otherGovernments(doc, ms);
    useArticleContext(ms);
    coref(ms);
    for (M m : ms) {
      if (m.identity == null) {
        m.identity = m.linked != null ? m.linked : "new:" + m.type + ":" + m.key;
      }
    }
    return doc.withEntities(build(ms));
  }

  // ---- 1. mentions: honorifics, posts, hyphen pairs ----

  private List<M> prepare(Document doc) {
    List<Mention> sorted = new ArrayList<>(doc.mentions());
    sorted.sort(Comparator.comparing(Mention::span));
    List<M> out = new ArrayList<>();
    Set<CharSpan> seen = new HashSet<>();
    for (Mention m : sorted) {
      List<Mention> parts = List.of(m);
      if (m.type() == EntityType.PERSON) {
        List<Token> toks = tokensOf(doc, m.span());
        if (toks != null) {
          parts = splitAndTrim(doc, m, toks);
        }
      }
      for (Mention p : parts) {
        if (!seen.add(p.span())) {
          continue;
        }
        M x = new M();
        x.mention = p;
        x.type = p.type();
        x.words = Names.tokens(p.text());
        x.nameWords = nameWords.words(p.text());
        x.key =
            p.type() == EntityType.PERSON && !x.nameWords.isEmpty()
                ? NameWords.key(x.nameWords)
                : String.join(" ", x.words);
        if (!x.key.isEmpty()) {
          out.add(x);
        }
      }
    }
    return out;
  }

  /** The tokens exactly covering the span, or null when the span cuts a token. */
  private static List<Token> tokensOf(Document doc, CharSpan span) {
    List<Token> out = new ArrayList<>();
    for (Token t : doc.tokens()) {
      if (t.end() <= span.begin()) {
        continue;
      }
      if (t.begin() >= span.end()) {
        break;
      }
      if (t.begin() < span.begin() || t.end() > span.end()) {
        return null;
      }
      out.add(t);
    }
    return out.isEmpty() ? null : out;
  }

  private List<Mention> splitAndTrim(Document doc, Mention m, List<Token> toks) {
    List<List<Token>> pieces = new ArrayList<>();
    if (kb.byName(m.text()).isEmpty() && toks.stream().anyMatch(EntityStage::isHyphen)) {
      List<Token> cur = new ArrayList<>();
      for (Token t : toks) {
        if (isHyphen(t)) {
          if (!cur.isEmpty()) {
            pieces.add(cur);
          }
          cur = new ArrayList<>();
        } else {
          cur.add(t);
        }
      }
      if (!cur.isEmpty()) {
        pieces.add(cur);
      }
    } else {
      pieces.add(toks);
    }
    boolean split = pieces.size() > 1;
    List<Mention> out = new ArrayList<>();
    for (List<Token> piece : pieces) {
      List<Token> trimmed = trim(piece);
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!split && trimmed.size() == toks.size()) {
        out.add(m);
        continue;
      }
      CharSpan span = new CharSpan(trimmed.get(0).begin(), trimmed.get(trimmed.size() - 1).end());
      Provenance prov = split ? Provenance.of(NAME, HYPHEN_SPLIT, 0.8) : m.provenance();
      out.add(
          new Mention(
              span,
              new TokenRange(trimmed.get(0).index(), trimmed.get(trimmed.size() - 1).index() + 1),
              doc.textOf(span),
              m.type(),
              prov));
    }
    return out.isEmpty() ? List.of(m) : out;
  }

  private static boolean isHyphen(Token t) {
    String n = t.norm();
    return n.equals("-") || n.equals("–") || n.equals("‐") || n.equals("—");
  }

  /** Cuts honorifics and a leading post off a person's tokens, keeping at least one token. */
  private List<Token> trim(List<Token> toks) {
    int from = 0;
    int to = toks.size();
    boolean changed = true;
    while (changed && to - from > 1) {
      changed = false;
      int n = prefix(toks, from, to, before);
      if (n == 0) {
        Optional<PostMatch> pm = kb.posts().matchAt(toks.subList(from, to), 0);
        if (pm.isPresent() && !pm.get().ambiguous() && pm.get().tokens().end() < to - from) {
          n = pm.get().tokens().end();
        }
      }
      if (n > 0 && n < to - from) {
        from += n;
        changed = true;
      }
      int s = suffix(toks, from, to, after);
      if (s > 0 && s < to - from) {
        to -= s;
        changed = true;
      }
    }
    while (to - from > 1 && isPunctuation(toks.get(to - 1))) {
      to--;
    }
    while (to - from > 1 && isPunctuation(toks.get(from))) {
      from++;
    }
    return toks.subList(from, to);
  }

  private static boolean isPunctuation(Token t) {
    return t.norm().codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static int prefix(List<Token> toks, int from, int to, List<List<String>> words) {
    for (List<String> w : words) {
      if (w.size() <= to - from && matches(toks, from, w)) {
        return w.size();
      }
    }
    return 0;
  }

  private static int suffix(List<Token> toks, int from, int to, List<List<String>> words) {
    for (List<String> w : words) {
      if (w.size() <= to - from && matches(toks, to - w.size(), w)) {
        return w.size();
      }
    }
    return 0;
  }

  private static boolean matches(List<Token> toks, int at, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (!Devanagari.fold(toks.get(at + i).norm()).equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  // ---- 2-4. knowledge-base candidates ----

  private void resolve(M m) {
    List<MentionLinker.Candidate> exact = linker.exact(m.text());
    List<MentionLinker.Candidate> same = new ArrayList<>();
    List<MentionLinker.Candidate> other = new ArrayList<>();
    for (MentionLinker.Candidate c : exact) {
      (c.entry().entityType() == m.type ? same : other).add(c);
    }
    if (same.isEmpty() && other.size() == 1) {
      MentionLinker.Candidate c = other.get(0);
      if (!c.ambiguous() && c.entry().entityType() != EntityType.PERSON) {
        m.type = c.entry().entityType(); // the knowledge base's type wins, see class comment
        m.mention = retype(m.mention, m.type);
        same = other;
      }
    }
    if (!same.isEmpty()) {
      choose(m, same);
      return;
    }
    if (m.type == EntityType.ORG && stateUnit(m)) {
      return;
    }
    List<MentionLinker.Candidate> tr = linker.transliterated(m.text(), m.type);
    if (!tr.isEmpty()) {
      choose(m, tr);
    }
  }

  private static Mention retype(Mention m, EntityType type) {
    return new Mention(m.span(), m.tokens(), m.text(), type, m.provenance());
  }

  private static void choose(M m, List<MentionLinker.Candidate> cs) {
    List<MentionLinker.Candidate> clear = cs.stream().filter(c -> !c.ambiguous()).toList();
    m.candidates =
        cs.stream()
            .sorted(Comparator.comparingDouble(MentionLinker.Candidate::score).reversed())
            .limit(5)
            .map(c -> new LinkCandidate(c.entry().id(), c.entry().displayName(), c.score()))
            .toList();
    if (clear.size() == 1) {
      MentionLinker.Candidate c = clear.get(0);
      m.linked = c.entry().id();
      m.rule = c.rule();
      m.confidence = cs.size() == 1 ? c.score() : c.score() * 0.8;
    } else if (cs.size() == 1 && m.type != EntityType.PERSON) {
      // A name that is also a common word (पाक, आप) typed as this kind of entity by the tagger:
      // the tagger's type is the context the flag asks for. Names of people are not settled so.
      MentionLinker.Candidate c = cs.get(0);
      m.linked = c.entry().id();
      m.rule = c.rule();
      m.confidence = 0.6;
    } else if (cs.stream().allMatch(c -> c.rule().equals(MentionLinker.EXACT))) {
      m.rule = UNRESOLVED;
      m.confidence = 0.3;
    }
  }

  /**
   * A mention left unlinked among several candidates is linked to the one candidate that the
   * article names unambiguously elsewhere (पाक after पाकिस्तान, आप after आम आदमी पार्टी).
   */
  private static void useArticleContext(List<M> ms) {
    Set<String> named = new HashSet<>();
    for (M m : ms) {
      if (m.linked != null && !m.rule.equals(UNRESOLVED)) {
        named.add(m.linked);
      }
    }
    for (M m : ms) {
      if (m.linked != null || m.candidates.isEmpty() || OTHER_GOVERNMENT.equals(m.rule)) {
        continue;
      }
      List<String> supported =
          m.candidates.stream().map(LinkCandidate::kbId).filter(named::contains).toList();
      if (supported.size() == 1) {
        m.linked = supported.get(0);
        m.rule = CONTEXT;
        m.confidence = 0.75;
      }
    }
  }

  /**
   * "महाराष्ट्र के स्वास्थ्य मंत्रालय ने": a ministry or department named as some state's or
   * country's is not the union body the bare name means. It stays a new entity (keyed with its
   * place), with the union body as a low candidate.
   */
  private void otherGovernments(Document doc, List<M> ms) {
    List<Token> tokens = doc.tokens();
    Map<Integer, Mention> placeEndingAt = new LinkedHashMap<>();
    for (Mention x : doc.mentions()) {
      if (x.type() == EntityType.PLACE && !x.tokens().isEmpty()) {
        placeEndingAt.put(x.tokens().end(), x);
      }
    }
    for (M m : ms) {
      if (m.linked == null
          || m.type != EntityType.ORG
          || !(kb.get(m.linked).orElse(null) instanceof Organisation o)
          || o.orgKind() != Organisation.OrgKind.MINISTRY
              && o.orgKind() != Organisation.OrgKind.DEPARTMENT
          || !"place:india".equals(o.place())
          || m.mention.tokens().isEmpty()) {
        continue;
      }
      int first = m.mention.tokens().first();
      if (first < 2 || !GENITIVES.contains(tokens.get(first - 1).norm())) {
        continue;
      }
      Mention place = placeEndingAt.get(first - 1);
      if (place == null) {
        continue;
      }
      boolean india =
          kb.byName(place.text()).stream()
              .anyMatch(r -> !r.ambiguous() && "place:india".equals(r.entry().id()));
      if (india) {
        continue;
      }
      m.candidates = List.of(new LinkCandidate(o.id(), o.displayName(), 0.3));
      m.linked = null;
      m.rule = OTHER_GOVERNMENT;
      m.confidence = 0.6;
      m.identity =
          "new:" + m.type + ":" + String.join(" ", Names.tokens(place.text())) + " " + m.key;
    }
  }

  private static final Set<String> GENITIVES = Set.of("के", "की", "का");

  /** "बिहार कांग्रेस", "यूपी भाजपा": a state's unit of a party is the party. */
  private boolean stateUnit(M m) {
    for (int cut = 1; cut < m.words.size(); cut++) {
      String place = String.join(" ", m.words.subList(0, cut));
      String party = String.join(" ", m.words.subList(cut, m.words.size()));
      boolean isPlace =
          kb.byName(place).stream().anyMatch(r -> !r.ambiguous() && r.entry() instanceof Place);
      List<KnowledgeBase.AliasRef> parties =
          kb.byName(party).stream()
              .filter(r -> !r.ambiguous() && r.entry() instanceof Party)
              .toList();
      if (isPlace && parties.size() == 1) {
        KbEntry p = parties.get(0).entry();
        m.linked = p.id();
        m.rule = STATE_UNIT;
        m.confidence = 0.85;
        m.candidates = List.of(new LinkCandidate(p.id(), p.displayName(), 0.85));
        return true;
      }
    }
    return false;
  }

  // ---- 5. short forms ----

  /**
   * Joins short forms to the longer mention they abbreviate in the same article: a person's words
   * inside a longer person's name (with initials: एनडी तिवारी inside नारायण दत्त तिवारी), an
   * organisation inside "<place> <organisation>" (एम्स inside भोपाल एम्स: the article's local unit,
   * not the knowledge base's default), a place inside "<place> <generic word>" (दरभा inside दरभा
   * घाटी).
   */
  private void coref(List<M> ms) {
    // "<place> <generic word>" names the place itself: an unknown longer form takes the place's id.
    for (M m : ms) {
      if (m.type != EntityType.PLACE || m.linked == null) {
        continue;
      }
      for (M o : ms) {
        if (o.type == EntityType.PLACE && o.linked == null && isShortFor(m, o)) {
          o.linked = m.linked;
          o.rule = SHORT_FORM;
          o.confidence = Math.min(0.85, m.confidence);
        }
      }
    }
    for (M m : ms) {
      List<M> supers = new ArrayList<>();
      for (M o : ms) {
        if (o != m && o.type == m.type && isShortFor(m, o)) {
          supers.add(o);
        }
      }
      if (supers.isEmpty()) {
        continue;
      }
      List<M> maximal = new ArrayList<>();
      for (M s : supers) {
        if (supers.stream().noneMatch(o -> o != s && isShortFor(s, o))) {
          maximal.add(s);
        }
      }
      Set<String> ids = new LinkedHashSet<>();
      for (M s : maximal) {
        ids.add(s.linked != null ? s.linked : "new:" + s.type + ":" + s.key);
      }
      if (m.type == EntityType.PERSON
          && m.linked != null
          && (MentionLinker.EXACT.equals(m.rule) || CONTEXT.equals(m.rule))) {
        ids.add(m.linked);
      }
      if (ids.size() == 1) {
        String id = ids.iterator().next();
        m.identity = id;
        if (!id.equals(m.linked)) {
          m.linked = id.startsWith("new:") ? null : id;
          m.rule = SHORT_FORM;
          m.confidence = 0.85;
        }
      } else {
        m.identity = UNRESOLVED + ":" + m.key;
        m.linked = null;
        m.rule = UNRESOLVED;
        m.confidence = 0.3;
        List<LinkCandidate> cs = new ArrayList<>();
        for (String id : ids) {
          if (!id.startsWith("new:")) {
            cs.add(new LinkCandidate(id, kb.get(id).map(KbEntry::displayName).orElse(id), 0.5));
          }
        }
        m.candidates = cs;
      }
    }
  }

  /** True when {@code m} is a shorter way of writing {@code o} (same type assumed). */
  private boolean isShortFor(M m, M o) {
    return switch (m.type) {
      case PERSON -> isShortName(m, o);
      case ORG -> isLocalUnitOf(m, o);
      case PLACE ->
          o.words.size() == m.words.size() + 1
              && o.words.subList(0, m.words.size()).equals(m.words)
              && placeWords.contains(o.words.get(o.words.size() - 1));
    };
  }

  private boolean isShortName(M m, M o) {
    List<NameWords.Word> a = m.nameWords;
    List<NameWords.Word> b = o.nameWords;
    if (a.isEmpty() || b.isEmpty() || m.key.equals(o.key)) {
      return false;
    }
    boolean fuller =
        b.size() > a.size()
            || (b.size() == a.size() && NameWords.initials(b) < NameWords.initials(a));
    return fuller && nameWords.inOrder(a, b);
  }

  /** "भोपाल एम्स" for "एम्स": the longer is a place followed by the shorter. */
  private boolean isLocalUnitOf(M m, M o) {
    int extra = o.words.size() - m.words.size();
    if (extra < 1 || !o.words.subList(extra, o.words.size()).equals(m.words)) {
      return false;
    }
    String place = String.join(" ", o.words.subList(0, extra));
    return kb.byName(place).stream().anyMatch(r -> r.entry() instanceof Place);
  }

  // ---- 6. entities ----

  private static final List<String> RULE_ORDER =
      List.of(
          MentionLinker.EXACT,
          MentionLinker.TRANSLIT,
          STATE_UNIT,
          CONTEXT,
          SHORT_FORM,
          UNRESOLVED,
          NEW);

  private List<Entity> build(List<M> ms) {
    Map<String, List<M>> groups = new LinkedHashMap<>();
    ms.stream()
        .sorted(Comparator.comparing((M m) -> m.mention.span()))
        .forEach(m -> groups.computeIfAbsent(m.identity, k -> new ArrayList<>()).add(m));
    List<Entity> out = new ArrayList<>();
    int n = 0;
    for (List<M> g : groups.values()) {
      n++;
      String kbId =
          g.get(0).identity.startsWith("new:") || g.get(0).identity.startsWith(UNRESOLVED)
              ? null
              : g.get(0).identity;
      KbEntry entry = kbId == null ? null : kb.get(kbId).orElse(null);
      if (kbId != null && entry == null) {
        kbId = null;
      }
      EntityType type = entry != null ? entry.entityType() : majorityType(g);
      M best =
          g.stream().min(Comparator.comparingInt(m -> RULE_ORDER.indexOf(m.rule))).orElseThrow();
      String name = name(g, entry);
      String latin =
          entry != null && entry.english() != null
              ? entry.english()
              : titleCase(translit.toLatin(name));
      List<Mention> mentions =
          g.stream()
              .map(m -> m.mention.type() == type ? m.mention : retype(m.mention, type))
              .toList();
      List<LinkCandidate> candidates = candidates(g, kbId);
      String rule = kbId == null && !best.rule.equals(UNRESOLVED) ? NEW : best.rule;
      double confidence = rule.equals(NEW) ? 0.5 : best.confidence;
      out.add(
          new Entity(
              "e" + n,
              type,
              name,
              latin,
              kbId,
              mentions,
              candidates,
              Provenance.of(NAME, rule, confidence)));
    }
    return out;
  }

  private static EntityType majorityType(List<M> g) {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    g.forEach(m -> counts.merge(m.type, 1, Integer::sum));
    EntityType best = g.get(0).type;
    for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** The fullest Devanagari form in the article, else the knowledge base's, else the longest. */
  private static String name(List<M> g, KbEntry entry) {
    Comparator<M> fullest =
        Comparator.comparingInt((M m) -> m.words.size()).thenComparingInt(m -> m.text().length());
    Optional<M> deva = g.stream().filter(m -> Devanagari.containsDevanagari(m.text())).max(fullest);
    String raw;
    if (deva.isPresent()) {
      raw = deva.get().text();
    } else if (entry != null && entry.name() != null) {
      raw = entry.name();
    } else {
      raw = g.stream().max(fullest).orElseThrow().text();
    }
    StringBuilder b = new StringBuilder(raw.length());
    raw.codePoints()
        .filter(c -> !Devanagari.isInvisible(c))
        .forEach(c -> b.appendCodePoint(Character.isWhitespace(c) ? ' ' : c));
    return b.toString().strip().replaceAll(" {2,}", " ");
  }

  private static List<LinkCandidate> candidates(List<M> g, String kbId) {
    Map<String, LinkCandidate> out = new LinkedHashMap<>();
    for (M m : g) {
      for (LinkCandidate c : m.candidates) {
        out.merge(c.kbId(), c, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    List<LinkCandidate> list = new ArrayList<>(out.values());
    list.sort(
        Comparator.comparing((LinkCandidate c) -> !c.kbId().equals(kbId))
            .thenComparing(Comparator.comparingDouble(LinkCandidate::score).reversed()));
    return list;
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? Character.toUpperCase(c) : c);
      start = !Character.isLetterOrDigit(c);
    }
    return b.toString().toLowerCase(Locale.ROOT).equals(s) ? b.toString() : s;
  }
}

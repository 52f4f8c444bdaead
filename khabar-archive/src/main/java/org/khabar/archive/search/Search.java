package org.khabar.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.khabar.archive.index.ArchiveIndex;
import org.khabar.archive.index.Fields;
import org.khabar.archive.names.CrossScript;
import org.khabar.archive.names.NameResolver;
import org.khabar.archive.names.NamedEntity;
import org.khabar.archive.store.Entities;
import org.khabar.archive.store.EntityRef;
import org.khabar.archive.store.Store;
import org.khabar.io.json.DocumentJson;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;
import org.khabar.model.SpeakerKind;

/**
 * Searches the archive: stories (one per duplicate group, with the number of copies), and quotes
 * (by speaker, by the entities they mention, by words). Lucene finds and ranks; the store supplies
 * what is shown, so a result always shows the stored text and offsets.
 */
public final class Search {

  private static final int FACET_TOP = 10;

  private final Store store;
  private final Supplier<ArchiveIndex> index;
  private final QueryPlanner planner;
  private final Snippets snippets;
  private final NameResolver resolver;
  private final Supplier<List<String>> notes;

  public Search(
      Store store,
      Supplier<ArchiveIndex> index,
      Analyzer perField,
      CrossScript crossScript,
      NameResolver resolver,
      Supplier<List<String>> notes) {
    this.store = Objects.requireNonNull(store, "store");
    this.index = Objects.requireNonNull(index, "index");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.planner = new QueryPlanner(perField, crossScript, resolver);
    this.snippets = new Snippets(perField);
    this.notes = Objects.requireNonNull(notes, "notes");
  }

  // ------------------------------------------------------------------ stories

  public SearchResults search(Query q) {
    List<String> notesOut = new ArrayList<>(notes.get());
    QueryPlanner.Plan plan = planner.plan(q.text());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
    if (plan.query() != null) {
      b.add(plan.query(), BooleanClause.Occur.MUST);
    }
    Set<String> filterKeys = new LinkedHashSet<>();
    for (String name : q.entities()) {
      List<NamedEntity> named = resolver.resolveLoosely(name);
      if (named.isEmpty()) {
        QueryPlanner.Plan textual = planner.plan(name);
        notesOut.add("no entity named '" + name + "' in the archive: matching the words instead");
        if (textual.query() != null) {
          b.add(textual.query(), BooleanClause.Occur.FILTER);
        }
      } else {
        List<String> keys = named.stream().map(NamedEntity::key).toList();
        filterKeys.addAll(keys);
        b.add(anyOf(Fields.ENTITY, keys), BooleanClause.Occur.FILTER);
      }
    }
    for (String name : q.speakers()) {
      List<String> keys = resolver.resolveLoosely(name).stream().map(NamedEntity::key).toList();
      if (keys.isEmpty()) {
        notesOut.add("no entity named '" + name + "' in the archive");
        return new SearchResults(List.of(), 0, plan.interpretation(), Map.of(), notesOut);
      }
      filterKeys.addAll(keys);
      b.add(anyOf(Fields.SPEAKER, keys), BooleanClause.Occur.FILTER);
    }
    addDates(b, q.from(), q.to());
    Highlights h = plan.highlights();
    if (plan.query() == null) {
      int clause = h.newClause(1.0);
      filterKeys.forEach(k -> h.entity(k, clause));
    }
    ArchiveIndex idx = index.get();
    if (idx == null) {
      notesOut.add("the archive has no index yet");
      return new SearchResults(List.of(), 0, plan.interpretation(), Map.of(), notesOut);
    }
    boolean byScore = plan.query() != null;
    try {
      return idx.withSearcher(
          searcher -> {
            List<CollapsingCollector.Group> groups =
                searcher.search(b.build(), CollapsingCollector.manager(byScore));
            Map<String, List<FacetCount>> facets = facets(searcher, groups);
            List<MonthCount> months = months(searcher, groups);
            List<SearchHit> hits = new ArrayList<>();
            for (CollapsingCollector.Group g :
                groups.subList(0, Math.min(q.limit(), groups.size()))) {
              String id = searcher.storedFields().document(g.doc).get(Fields.ARTICLE);
              SearchHit hit = hit(id, byScore ? g.score : 0, h, filterKeys);
              if (hit != null) {
                hits.add(hit);
              }
            }
            return new SearchResults(
                hits, groups.size(), plan.interpretation(), facets, months, notesOut);
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchHit hit(String id, double score, Highlights h, Set<String> filterKeys) {
    return store.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT a.seq, a.date, a.headline, a.source, a.analysis,"
                      + " (SELECT count(*) - 1 FROM articles b WHERE b.dup_group = a.dup_group)"
                      + " FROM articles a WHERE a.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return null; // replaced since the index was read
              }
              long seq = rs.getLong(1);
              Document d = DocumentJson.read(rs.getString(5));
              Map<String, EntityRef> byLocal = Entities.ofArticle(c, seq);
              Map<String, String> keyOf = new HashMap<>();
              byLocal.forEach((local, e) -> keyOf.put(local, e.key()));
              Snippet snippet = snippets.best(d, h, keyOf);
              return new SearchHit(
                  id,
                  date(rs.getString(2)),
                  rs.getString(3),
                  rs.getString(4),
                  score,
                  snippet,
                  rs.getInt(6),
                  matchedEntities(d, byLocal, h, filterKeys, snippet));
            }
          }
        });
  }

  /** Entities the query named, then entities whose mentions the snippet marks. */
  private static List<EntityRef> matchedEntities(
      Document d,
      Map<String, EntityRef> byLocal,
      Highlights h,
      Set<String> filterKeys,
      Snippet snippet) {
    Map<String, EntityRef> out = new LinkedHashMap<>();
    for (EntityRef e : byLocal.values()) {
      if (h.entities().containsKey(e.key()) || filterKeys.contains(e.key())) {
        out.putIfAbsent(e.key(), e);
      }
    }
    for (Entity e : d.entities()) {
      EntityRef ref = byLocal.get(e.id());
      if (ref == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (snippet.highlights().stream().anyMatch(hl -> hl.overlaps(m.span()))) {
          out.putIfAbsent(ref.key(), ref);
          break;
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** Entity counts over the kept copy of every story found. */
  private Map<String, List<FacetCount>> facets(
      IndexSearcher searcher, List<CollapsingCollector.Group> groups) throws IOException {
    List<Integer> docs = new ArrayList<>(groups.size());
    groups.forEach(g -> docs.add(g.doc));
    docs.sort(Comparator.naturalOrder());
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      String dim = type.name().toLowerCase(Locale.ROOT);
      String field = Fields.FACET_PREFIX + dim;
      Map<String, Integer> counts = new HashMap<>();
      int leafIndex = -1;
      SortedSetDocValues dv = null;
      LeafReaderContext leaf = null;
      for (int doc : docs) {
        int li = ReaderUtil.subIndex(doc, leaves);
        if (li != leafIndex) {
          leafIndex = li;
          leaf = leaves.get(li);
          dv = DocValues.getSortedSet(leaf.reader(), field);
        }
        if (dv.advanceExact(doc - leaf.docBase)) {
          for (int i = 0; i < dv.docValueCount(); i++) {
            counts.merge(dv.lookupOrd(dv.nextOrd()).utf8ToString(), 1, Integer::sum);
          }
        }
      }
      List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet());
      top.sort(
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      List<Map.Entry<String, Integer>> kept = top.subList(0, Math.min(FACET_TOP, top.size()));
      Map<String, EntityRef> refs =
          store.read(c -> Entities.byKeys(c, kept.stream().map(Map.Entry::getKey).toList()));
      List<FacetCount> list = new ArrayList<>();
      for (Map.Entry<String, Integer> e : kept) {
        EntityRef ref = refs.get(e.getKey());
        if (ref != null) {
          list.add(new FacetCount(ref, e.getValue()));
        }
      }
      out.put(dim, list);
    }
    return out;
  }

  /** Stories per publication month over the kept copy of every story found, oldest first. */
  private static List<MonthCount> months(
      IndexSearcher searcher, List<CollapsingCollector.Group> groups) throws IOException {
    List<Integer> docs = new ArrayList<>(groups.size());
    groups.forEach(g -> docs.add(g.doc));
    docs.sort(Comparator.naturalOrder());
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<String, Integer> counts = new java.util.TreeMap<>();
    int leafIndex = -1;
    NumericDocValues dv = null;
    LeafReaderContext leaf = null;
    for (int doc : docs) {
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        leaf = leaves.get(li);
        dv = DocValues.getNumeric(leaf.reader(), Fields.DAY);
      }
      if (dv.advanceExact(doc - leaf.docBase)) {
        String month = java.time.YearMonth.from(LocalDate.ofEpochDay(dv.longValue())).toString();
        counts.merge(month, 1, Integer::sum);
      }
    }
    List<MonthCount> out = new ArrayList<>(counts.size());
    counts.forEach((m, n) -> out.add(new MonthCount(m, n)));
    return out;
  }

  // ------------------------------------------------------------------ quotes

  public QuoteResults quotes(QuoteQuery q) {
    List<String> notesOut = new ArrayList<>(notes.get());
    QueryPlanner.Plan plan = planner.plan(q.text());
    List<Interpretation> interpretation = new ArrayList<>(plan.interpretation());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_QUOTE)), BooleanClause.Occur.FILTER);
    if (plan.query() != null) {
      b.add(plan.query(), BooleanClause.Occur.MUST);
    }
    Highlights h = plan.highlights();
    if (q.saidBy() != null) {
      List<NamedEntity> named = resolver.resolveLoosely(q.saidBy());
      if (named.isEmpty()) {
        notesOut.add("no entity named '" + q.saidBy() + "' in the archive");
        return new QuoteResults(List.of(), 0, interpretation, notesOut);
      }
      interpretation.add(new Interpretation(q.saidBy(), named));
      b.add(
          anyOf(Fields.SPEAKER, named.stream().map(NamedEntity::key).toList()),
          BooleanClause.Occur.FILTER);
    }
    if (q.about() != null) {
      List<NamedEntity> named = resolver.resolveLoosely(q.about());
      if (named.isEmpty()) {
        notesOut.add("no entity named '" + q.about() + "' in the archive");
        return new QuoteResults(List.of(), 0, interpretation, notesOut);
      }
      interpretation.add(new Interpretation(q.about(), named));
      b.add(
          anyOf(Fields.ENTITY, named.stream().map(NamedEntity::key).toList()),
          BooleanClause.Occur.FILTER);
      int clause = h.newClause(1.0);
      for (NamedEntity e : named) {
        for (String alias : e.aliases()) {
          List<List<String>> positions = planner.analyze(Fields.EXACT, alias);
          if (positions.size() == 1) {
            positions.get(0).forEach(t -> h.term(Fields.EXACT, t, clause));
          } else if (positions.size() > 1) {
            h.phrase(Fields.EXACT, positions.stream().map(p -> p.get(0)).toList(), clause);
          }
        }
      }
    }
    addDates(b, q.from(), q.to());
    ArchiveIndex idx = index.get();
    if (idx == null) {
      notesOut.add("the archive has no index yet");
      return new QuoteResults(List.of(), 0, interpretation, notesOut);
    }
    boolean byScore = plan.query() != null;
    try {
      return idx.withSearcher(
          searcher -> {
            List<CollapsingCollector.Group> groups =
                searcher.search(b.build(), CollapsingCollector.manager(byScore));
            List<QuoteHit> hits = new ArrayList<>();
            for (CollapsingCollector.Group g :
                groups.subList(0, Math.min(q.limit(), groups.size()))) {
              var stored = searcher.storedFields().document(g.doc);
              long quoteId = stored.getField(Fields.QUOTE).numericValue().longValue();
              QuoteHit hit = quoteHit(quoteId, byScore ? g.score : 0, g.matched - 1, h);
              if (hit != null) {
                hits.add(hit);
              }
            }
            return new QuoteResults(hits, groups.size(), interpretation, notesOut);
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private QuoteHit quoteHit(long quoteId, double score, int copies, Highlights h) {
    return store.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT a.id, a.date, a.headline, q.speaker_key, q.speaker_kind,"
                      + " q.speaker_text, q.direct, q.content, q.content_begin, q.content_end,"
                      + " json_extract(a.analysis, '$.text') FROM quotes q"
                      + " JOIN articles a ON a.seq = q.article_seq WHERE q.id = ?")) {
            ps.setLong(1, quoteId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return null;
              }
              String speakerKey = rs.getString(4);
              List<String> aboutKeys = new ArrayList<>();
              try (PreparedStatement about =
                  c.prepareStatement("SELECT entity_key FROM quote_entities WHERE quote_id = ?")) {
                about.setLong(1, quoteId);
                try (ResultSet ar = about.executeQuery()) {
                  while (ar.next()) {
                    aboutKeys.add(ar.getString(1));
                  }
                }
              }
              List<String> keys = new ArrayList<>(aboutKeys);
              if (speakerKey != null) {
                keys.add(speakerKey);
              }
              Map<String, EntityRef> refs = Entities.byKeys(c, keys);
              CharSpan span = new CharSpan(rs.getInt(9), rs.getInt(10));
              String text = rs.getString(11);
              return new QuoteHit(
                  quoteId,
                  rs.getString(1),
                  date(rs.getString(2)),
                  rs.getString(3),
                  speakerKey == null ? null : refs.get(speakerKey),
                  SpeakerKind.valueOf(rs.getString(5)),
                  rs.getString(6),
                  rs.getInt(7) != 0,
                  rs.getString(8),
                  span,
                  snippets.region(text, span, h),
                  aboutKeys.stream().map(refs::get).filter(Objects::nonNull).toList(),
                  score,
                  copies);
            }
          }
        });
  }

  // ------------------------------------------------------------------ helpers

  private static org.apache.lucene.search.Query anyOf(String field, List<String> keys) {
    if (keys.size() == 1) {
      return new TermQuery(new Term(field, keys.get(0)));
    }
    return new TermInSetQuery(field, keys.stream().map(BytesRef::new).toList());
  }

  private static void addDates(BooleanQuery.Builder b, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return;
    }
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), BooleanClause.Occur.FILTER);
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}

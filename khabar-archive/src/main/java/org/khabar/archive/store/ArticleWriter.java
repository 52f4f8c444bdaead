package org.khabar.archive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.khabar.archive.dedup.MinHash;
import org.khabar.archive.names.NameForms;
import org.khabar.model.Article;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.Event;
import org.khabar.model.EventArgument;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Quote;
import org.khabar.model.Role;

/**
 * Stores one analysed article and its facts inside the caller's transaction, under a savepoint so
 * that a failing article leaves the rest of its batch intact. Decides, in order: unchanged (same id
 * and content), replaced (same id, new content), exact duplicate (same content hash), near
 * duplicate (MinHash band match confirmed at or above the threshold), else an original.
 *
 * <p>Facts are keyed by archive-wide entity keys (see {@code EntityKeys}); a fact that points at an
 * entity id the document does not define is left out rather than stored dangling.
 */
public final class ArticleWriter {

  /** How near duplicates are decided. */
  public record DedupPolicy(double nearThreshold, int shingle) {
    public DedupPolicy {
      if (!(nearThreshold > 0 && nearThreshold <= 1)) {
        throw new IllegalArgumentException("near-duplicate threshold out of (0, 1]");
      }
    }

    String rule() {
      return String.format(
          Locale.ROOT, "minhash%d-w%d>=%.2f", MinHash.HASHES, shingle, nearThreshold);
    }
  }

  static final String EXACT_RULE = "sha256-canonical-text";
  private static final int MAX_NAME_WORDS = 6;

  private final Function<Entity, String> keys;
  private final NameForms names;
  private final DedupPolicy policy;

  public ArticleWriter(Function<Entity, String> keys, NameForms names, DedupPolicy policy) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.names = Objects.requireNonNull(names, "names");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Stores the article; on failure nothing of it is stored and the exception propagates. */
  public Stored insert(Connection c, ArticleRecord r) throws SQLException {
    Store.exec(c, "SAVEPOINT article");
    try {
      Stored s = insertUnguarded(c, r);
      Store.exec(c, "RELEASE article");
      return s;
    } catch (SQLException | RuntimeException e) {
      try {
        Store.exec(c, "ROLLBACK TO article");
        Store.exec(c, "RELEASE article");
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private Stored insertUnguarded(Connection c, ArticleRecord r) throws SQLException {
    Document d = r.document();
    Article a = d.article();
    Stored.Status status = Stored.Status.NEW;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, content_hash, dup_group, dup_kind FROM articles WHERE id = ?")) {
      ps.setString(1, a.id());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          long seq = rs.getLong(1);
          if (rs.getString(2).equals(r.contentHash())) {
            return new Stored(
                Stored.Status.UNCHANGED,
                Stored.DupKind.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
                seq,
                rs.getLong(3),
                null,
                1.0);
          }
          status = Stored.Status.REPLACED;
          try (PreparedStatement del = c.prepareStatement("DELETE FROM articles WHERE seq = ?")) {
            del.setLong(1, seq);
            del.executeUpdate();
          }
        }
      }
    }

    Stored.DupKind kind = Stored.DupKind.ORIGINAL;
    long group = 0;
    String dupOf = null;
    double similarity = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, dup_group FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1")) {
      ps.setString(1, r.contentHash());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          kind = Stored.DupKind.EXACT;
          dupOf = rs.getString(1);
          group = rs.getLong(2);
          similarity = 1.0;
        }
      }
    }
    long[] bands = r.signature() == null ? new long[0] : r.signature().bandKeys();
    if (kind == Stored.DupKind.ORIGINAL && bands.length > 0) {
      Near near = nearest(c, r.signature(), bands);
      if (near != null && near.similarity >= policy.nearThreshold()) {
        kind = Stored.DupKind.NEAR;
        dupOf = near.id;
        group = near.group;
        similarity = near.similarity;
      }
    }

    long seq;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO articles (id, date, headline, source, content_hash, text_length,"
                + " dup_group, dup_kind, dup_of, dup_rule, similarity, minhash, analysis,"
                + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, a.id());
      ps.setString(2, a.date() == null ? null : a.date().toString());
      ps.setString(3, a.headline());
      ps.setString(4, a.origin().toString());
      ps.setString(5, r.contentHash());
      ps.setInt(6, d.text().length());
      ps.setLong(7, group);
      ps.setString(8, kind.name().toLowerCase(Locale.ROOT));
      ps.setString(9, dupOf);
      ps.setString(
          10,
          switch (kind) {
            case ORIGINAL -> null;
            case EXACT -> EXACT_RULE;
            case NEAR -> policy.rule();
          });
      if (kind == Stored.DupKind.ORIGINAL) {
        ps.setNull(11, Types.REAL);
      } else {
        ps.setDouble(11, similarity);
      }
      if (r.signature() == null) {
        ps.setNull(12, Types.BLOB);
      } else {
        ps.setBytes(12, r.signature().toBytes());
      }
      ps.setString(13, r.analysisJson());
      ps.setString(14, Instant.now().toString());
      ps.executeUpdate();
    }
    seq = lastRowId(c);
    if (kind == Stored.DupKind.ORIGINAL) {
      group = seq;
      try (PreparedStatement ps =
          c.prepareStatement("UPDATE articles SET dup_group = ? WHERE seq = ?")) {
        ps.setLong(1, seq);
        ps.setLong(2, seq);
        ps.executeUpdate();
      }
    }
    if (bands.length > 0) {
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO lsh_bands (band_key, article_seq) VALUES (?, ?)")) {
        for (long b : bands) {
          ps.setLong(1, b);
          ps.setLong(2, seq);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    insertFacts(c, seq, d);
    return new Stored(status, kind, seq, group, dupOf, similarity);
  }

  private record Near(String id, long group, double similarity) {}

  private static Near nearest(Connection c, MinHash.Signature sig, long[] bands)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT a.seq, a.id, a.dup_group, a.minhash FROM articles a WHERE a.seq IN"
                + " (SELECT article_seq FROM lsh_bands WHERE band_key IN (");
    for (int i = 0; i < bands.length; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(")) ORDER BY a.seq");
    Near best = null;
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < bands.length; i++) {
        ps.setLong(i + 1, bands[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] other = rs.getBytes(4);
          if (other == null) {
            continue;
          }
          double sim = sig.similarity(MinHash.Signature.fromBytes(other));
          if (best == null || sim > best.similarity) {
            best = new Near(rs.getString(2), rs.getLong(3), sim);
          }
        }
      }
    }
    return best;
  }

  private static long lastRowId(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void insertFacts(Connection c, long seq, Document d) throws SQLException {
    String text = d.text();
    String date = d.article().date() == null ? null : d.article().date().toString();
    Map<String, String> keyOf = new HashMap<>();
    try (PreparedStatement ent =
            c.prepareStatement(
                "INSERT INTO entities (key, type, name, latin, kb_id) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (key) DO NOTHING");
        PreparedStatement ae =
            c.prepareStatement(
                "INSERT INTO article_entities (article_seq, local_id, entity_key, mentions,"
                    + " stage, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement men =
            c.prepareStatement(
                "INSERT INTO mentions (article_seq, entity_key, span_begin, span_end, text, type,"
                    + " stage, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement form =
            c.prepareStatement(
                "INSERT OR IGNORE INTO name_forms (form, entity_key, surface, words, position)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      for (Entity e : d.entities()) {
        String key = keys.apply(e);
        keyOf.put(e.id(), key);
        ent.setString(1, key);
        ent.setString(2, e.type().name());
        ent.setString(3, e.name());
        ent.setString(4, e.latin());
        ent.setString(5, e.kbId());
        ent.executeUpdate();
        ae.setLong(1, seq);
        ae.setString(2, e.id());
        ae.setString(3, key);
        ae.setInt(4, e.mentions().size());
        setProvenance(ae, 5, e.provenance());
        ae.addBatch();
        Set<String> surfaces = new LinkedHashSet<>();
        surfaces.add(e.name());
        surfaces.add(e.latin());
        for (Mention m : e.mentions()) {
          men.setLong(1, seq);
          men.setString(2, key);
          men.setInt(3, m.begin());
          men.setInt(4, m.end());
          men.setString(5, m.text());
          men.setString(6, m.type().name());
          setProvenance(men, 7, m.provenance());
          men.addBatch();
          surfaces.add(m.text());
        }
        for (String surface : surfaces) {
          List<String> words = names.words(surface);
          if (words.isEmpty() || words.size() > MAX_NAME_WORDS) {
            continue;
          }
          for (int i = 0; i < words.size(); i++) {
            for (String f : names.forms(words.get(i))) {
              form.setString(1, f);
              form.setString(2, key);
              form.setString(3, surface.strip());
              form.setInt(4, words.size());
              form.setInt(5, i);
              form.addBatch();
            }
          }
        }
      }
      ae.executeBatch();
      men.executeBatch();
      form.executeBatch();
    }

    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO roles (article_seq, person_key, post, post_id, org_key, place_key,"
                + " former, evidence_begin, evidence_end, evidence, stage, rule, confidence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Role r : d.roles()) {
        String person = keyOf.get(r.personId());
        if (person == null) {
          continue;
        }
        ps.setLong(1, seq);
        ps.setString(2, person);
        ps.setString(3, r.post());
        ps.setString(4, r.postId());
        ps.setString(5, r.orgId() == null ? null : keyOf.get(r.orgId()));
        ps.setString(6, r.placeId() == null ? null : keyOf.get(r.placeId()));
        ps.setInt(7, r.former() ? 1 : 0);
        ps.setInt(8, r.evidence().begin());
        ps.setInt(9, r.evidence().end());
        ps.setString(10, r.evidence().in(text));
        setProvenance(ps, 11, r.provenance());
        ps.addBatch();
      }
      ps.executeBatch();
    }

    try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO quotes (article_seq, speaker_key, speaker_kind, speaker_text, direct,"
                    + " cue_begin, cue_end, content_begin, content_end, content, date, stage,"
                    + " rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement about =
            c.prepareStatement(
                "INSERT OR IGNORE INTO quote_entities (quote_id, entity_key) VALUES (?, ?)")) {
      for (Quote q : d.quotes()) {
        String speaker = q.speakerId() == null ? null : keyOf.get(q.speakerId());
        ps.setLong(1, seq);
        ps.setString(2, speaker);
        ps.setString(3, q.speakerKind().name());
        ps.setString(4, q.speakerText());
        ps.setInt(5, q.direct() ? 1 : 0);
        ps.setInt(6, q.cue().begin());
        ps.setInt(7, q.cue().end());
        ps.setInt(8, q.content().begin());
        ps.setInt(9, q.content().end());
        ps.setString(10, q.content().in(text));
        ps.setString(11, date);
        setProvenance(ps, 12, q.provenance());
        ps.executeUpdate();
        long quoteId = lastRowId(c);
        for (String key : entitiesWithin(d, q.content(), keyOf)) {
          if (!key.equals(speaker)) {
            about.setLong(1, quoteId);
            about.setString(2, key);
            about.addBatch();
          }
        }
      }
      about.executeBatch();
    }

    try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO events (article_seq, local_id, type, trigger_begin, trigger_end,"
                    + " trigger_text, evidence_begin, evidence_end, date, stage, rule, confidence)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement arg =
            c.prepareStatement(
                "INSERT INTO event_arguments (event_id, role, entity_key, span_begin, span_end,"
                    + " text) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Event ev : d.events()) {
        ps.setLong(1, seq);
        ps.setString(2, ev.id());
        ps.setString(3, ev.type().name());
        ps.setInt(4, ev.trigger().begin());
        ps.setInt(5, ev.trigger().end());
        ps.setString(6, ev.trigger().in(text));
        ps.setInt(7, ev.evidence().begin());
        ps.setInt(8, ev.evidence().end());
        ps.setString(9, ev.date() == null ? null : ev.date().toString());
        setProvenance(ps, 10, ev.provenance());
        ps.executeUpdate();
        long eventId = lastRowId(c);
        for (EventArgument a : ev.arguments()) {
          arg.setLong(1, eventId);
          arg.setString(2, a.role());
          arg.setString(3, a.entityId() == null ? null : keyOf.get(a.entityId()));
          arg.setInt(4, a.span().begin());
          arg.setInt(5, a.span().end());
          arg.setString(6, a.text());
          arg.addBatch();
        }
      }
      arg.executeBatch();
    }
  }

  /** Keys of the entities with a mention inside {@code span}. */
  private static List<String> entitiesWithin(Document d, CharSpan span, Map<String, String> keyOf) {
    List<String> out = new ArrayList<>();
    for (Entity e : d.entities()) {
      for (Mention m : e.mentions()) {
        if (span.contains(m.span())) {
          String key = keyOf.get(e.id());
          if (!out.contains(key)) {
            out.add(key);
          }
          break;
        }
      }
    }
    return out;
  }

  private static void setProvenance(PreparedStatement ps, int first, Provenance p)
      throws SQLException {
    ps.setString(first, p.stage());
    ps.setString(first + 1, p.rule());
    ps.setDouble(first + 2, p.confidence());
  }
}

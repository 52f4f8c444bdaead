package org.khabar.archive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.archive.dedup.Canonical;
import org.khabar.archive.index.IndexedArticle;
import org.khabar.model.EntityType;

/** Reads stored articles back in the shape the index needs, in store order. */
public final class IndexFeed {
  private IndexFeed() {}

  /** The highest sequence number stored, 0 when empty. */
  public static long maxSeq(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM articles");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Up to {@code limit} articles with sequence numbers above {@code afterSeq}. */
  public static List<IndexedArticle> after(Connection c, long afterSeq, int limit)
      throws SQLException {
    record Row(long seq, String id, long group, LocalDate date, String headline, String text) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, id, dup_group, date, headline, json_extract(analysis, '$.text')"
                + " FROM articles WHERE seq > ? ORDER BY seq LIMIT ?")) {
      ps.setLong(1, afterSeq);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String date = rs.getString(4);
          rows.add(
              new Row(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getLong(3),
                  date == null ? null : LocalDate.parse(date),
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    long first = rows.get(0).seq();
    long last = rows.get(rows.size() - 1).seq();

    Map<Long, Map<EntityType, List<String>>> entities = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT ae.article_seq, e.type, e.key FROM article_entities ae"
                + " JOIN entities e ON e.key = ae.entity_key"
                + " WHERE ae.article_seq BETWEEN ? AND ? ORDER BY ae.article_seq, e.key")) {
      ps.setLong(1, first);
      ps.setLong(2, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entities
              .computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(EntityType.class))
              .computeIfAbsent(EntityType.valueOf(rs.getString(2)), k -> new ArrayList<>())
              .add(rs.getString(3));
        }
      }
    }
    Map<Long, List<String>> about = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT qe.quote_id, qe.entity_key FROM quote_entities qe"
                + " JOIN quotes q ON q.id = qe.quote_id WHERE q.article_seq BETWEEN ? AND ?")) {
      ps.setLong(1, first);
      ps.setLong(2, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          about.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    Map<Long, List<IndexedArticle.Quote>> quotes = new HashMap<>();
    Map<Long, Set<String>> speakers = new HashMap<>();
    Map<Long, Long> groupOf = new HashMap<>();
    rows.forEach(r -> groupOf.put(r.seq(), r.group()));
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, article_seq, content, speaker_key, speaker_text FROM quotes"
                + " WHERE article_seq BETWEEN ? AND ? ORDER BY id")) {
      ps.setLong(1, first);
      ps.setLong(2, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          long seq = rs.getLong(2);
          String content = rs.getString(3);
          String speaker = rs.getString(4);
          String who = speaker != null ? speaker : rs.getString(5);
          long identity = identity(groupOf.getOrDefault(seq, seq), who, content);
          quotes
              .computeIfAbsent(seq, k -> new ArrayList<>())
              .add(
                  new IndexedArticle.Quote(
                      id, content, speaker, about.getOrDefault(id, List.of()), identity));
          if (speaker != null) {
            speakers.computeIfAbsent(seq, k -> new LinkedHashSet<>()).add(speaker);
          }
        }
      }
    }
    List<IndexedArticle> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(
          new IndexedArticle(
              r.seq(),
              r.id(),
              r.group(),
              r.date(),
              r.headline(),
              r.text() == null ? "" : r.text(),
              entities.getOrDefault(r.seq(), Map.of()),
              speakers.getOrDefault(r.seq(), Set.of()),
              quotes.getOrDefault(r.seq(), List.of())));
    }
    return out;
  }

  /** One quote across syndicated copies: same story, same speaker, same canonical words. */
  static long identity(long group, String speaker, String content) {
    long h = 0xcbf29ce484222325L;
    String s =
        group + "\u0000" + (speaker == null ? "" : speaker) + "\u0000" + Canonical.text(content);
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}

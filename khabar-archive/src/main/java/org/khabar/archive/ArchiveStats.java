package org.khabar.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What the archive holds. {@code stories} counts one article per duplicate group; {@code stored}
 * counts every stored article, so {@code stored = stories + exactDuplicates + nearDuplicates}.
 * Entity and fact counts are over one article per story. {@code indexed} is the highest store
 * sequence number the index holds and {@code lastSeq} the store's.
 */
public record ArchiveStats(
    int stories,
    int stored,
    int exactDuplicates,
    int nearDuplicates,
    int entities,
    int linkedEntities,
    int mentions,
    int quotes,
    int roles,
    int events,
    LocalDate firstDate,
    LocalDate lastDate,
    int undated,
    long lastSeq,
    long indexed,
    long storeBytes,
    long indexBytes) {

  static ArchiveStats read(Connection c, long indexed, long storeBytes, long indexBytes)
      throws SQLException {
    int stored = 0;
    int exact = 0;
    int near = 0;
    int stories = 0;
    long lastSeq = 0;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*), coalesce(sum(dup_kind = 'exact'), 0),"
                    + " coalesce(sum(dup_kind = 'near'), 0), count(DISTINCT dup_group),"
                    + " coalesce(max(seq), 0) FROM articles");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      stored = rs.getInt(1);
      exact = rs.getInt(2);
      near = rs.getInt(3);
      stories = rs.getInt(4);
      lastSeq = rs.getLong(5);
    }
    LocalDate first = null;
    LocalDate last = null;
    int undated = 0;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT min(date), max(date), coalesce(sum(date IS NULL), 0) FROM representatives");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      first = rs.getString(1) == null ? null : LocalDate.parse(rs.getString(1));
      last = rs.getString(2) == null ? null : LocalDate.parse(rs.getString(2));
      undated = rs.getInt(3);
    }
    int entities;
    int linked;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*), coalesce(sum(e.kb_id IS NOT NULL), 0) FROM entities e"
                    + " WHERE EXISTS (SELECT 1 FROM article_entities ae"
                    + " JOIN representatives a ON a.seq = ae.article_seq"
                    + " WHERE ae.entity_key = e.key)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      entities = rs.getInt(1);
      linked = rs.getInt(2);
    }
    return new ArchiveStats(
        stories,
        stored,
        exact,
        near,
        entities,
        linked,
        countOver(c, "mentions"),
        countOver(c, "quotes"),
        countOver(c, "roles"),
        countOver(c, "events"),
        first,
        last,
        undated,
        lastSeq,
        indexed,
        storeBytes,
        indexBytes);
  }

  private static int countOver(Connection c, String table) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM "
                    + table
                    + " t JOIN representatives a ON a.seq = t.article_seq");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }
}

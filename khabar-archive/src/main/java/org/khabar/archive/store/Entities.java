package org.khabar.archive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khabar.model.EntityType;

/** Reads of the entities table. */
public final class Entities {
  private Entities() {}

  /** The entities with these keys (unknown keys are left out), in no particular order. */
  public static Map<String, EntityRef> byKeys(Connection c, Collection<String> keys)
      throws SQLException {
    Map<String, EntityRef> out = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT key, type, name, latin, kb_id FROM entities WHERE key IN (" + marks + ")")) {
      int i = 1;
      for (String k : keys) {
        ps.setString(i++, k);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          EntityRef e = ref(rs);
          out.put(e.key(), e);
        }
      }
    }
    return out;
  }

  /**
   * The entities of one stored article by their id within it (e1, e2…), those mentioned most first.
   */
  public static Map<String, EntityRef> ofArticle(Connection c, long seq) throws SQLException {
    Map<String, EntityRef> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT e.key, e.type, e.name, e.latin, e.kb_id, ae.local_id FROM article_entities ae"
                + " JOIN entities e ON e.key = ae.entity_key WHERE ae.article_seq = ?"
                + " ORDER BY ae.mentions DESC, e.key")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(6), ref(rs));
        }
      }
    }
    return out;
  }

  /** Reads an entity from columns key, type, name, latin, kb_id starting at column 1. */
  static EntityRef ref(ResultSet rs) throws SQLException {
    return new EntityRef(
        rs.getString(1),
        EntityType.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5));
  }
}

package org.khabar.archive.view;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.khabar.archive.store.Entities;
import org.khabar.archive.store.EntityRef;
import org.khabar.archive.store.Store;

/** Reads stored articles by id, with the archive entities behind their local entity ids. */
public final class ArticleViews {

  private final Store store;

  public ArticleViews(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The stored article with this id, if any. */
  public Optional<ArticleView> article(String id) {
    return Optional.ofNullable(
        store.read(
            c -> {
              long seq;
              String json;
              String kind;
              String of;
              int copies;
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT a.seq, a.analysis, a.dup_kind, a.dup_of,"
                          + " (SELECT count(*) - 1 FROM articles b WHERE b.dup_group = a.dup_group)"
                          + " FROM articles a WHERE a.id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                  if (!rs.next()) {
                    return null;
                  }
                  seq = rs.getLong(1);
                  json = rs.getString(2);
                  kind = rs.getString(3);
                  of = rs.getString(4);
                  copies = rs.getInt(5);
                }
              }
              Map<String, EntityRef> entities = Entities.ofArticle(c, seq);
              return new ArticleView(id, json, entities, kind, of, copies);
            }));
  }
}

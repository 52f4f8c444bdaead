package org.khabar.archive.view;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.khabar.archive.names.NameResolver;
import org.khabar.archive.names.NamedEntity;
import org.khabar.archive.store.Entities;
import org.khabar.archive.store.EntityRef;
import org.khabar.archive.store.Store;
import org.khabar.model.SpeakerKind;

/**
 * Builds {@link EntityView}s from the store. Every count is over the representatives view (one
 * article per duplicate group), so a syndicated story counts once.
 */
public final class EntityViews {

  private static final int TOP_COMPANIONS = 10;
  private static final int LATEST_QUOTES = 10;
  private static final int EVIDENCE_PER_POST = 3;

  private final Store store;
  private final NameResolver resolver;

  public EntityViews(Store store, NameResolver resolver) {
    this.store = Objects.requireNonNull(store, "store");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** The view of the entity this name or key names best, if any. */
  public Optional<EntityView> view(String nameOrKey) {
    List<NamedEntity> named = resolver.resolveLoosely(nameOrKey);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        store.read(
            c -> {
              Map<String, EntityRef> refs =
                  Entities.byKeys(c, named.stream().map(NamedEntity::key).toList());
              EntityRef main = null;
              List<EntityRef> alternatives = new ArrayList<>();
              for (NamedEntity n : named) {
                EntityRef r = refs.get(n.key());
                if (r == null) {
                  continue; // a knowledge-base entry the archive has never seen
                }
                if (main == null) {
                  main = r;
                } else {
                  alternatives.add(r);
                }
              }
              if (main == null) {
                NamedEntity n = named.get(0);
                main = new EntityRef(n.key(), n.type(), n.name(), n.latin(), null);
              }
              return build(c, main, alternatives);
            }));
  }

  private EntityView build(Connection c, EntityRef e, List<EntityRef> alternatives)
      throws SQLException {
    String key = e.key();
    List<EntityView.Name> names = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT m.text, count(*) AS n FROM mentions m"
                + " JOIN representatives a ON a.seq = m.article_seq"
                + " WHERE m.entity_key = ? GROUP BY m.text ORDER BY n DESC, m.text LIMIT 20")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(new EntityView.Name(rs.getString(1), rs.getInt(2)));
        }
      }
    }
    int articles = 0;
    int mentions = 0;
    LocalDate first = null;
    LocalDate last = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(DISTINCT a.seq), coalesce(sum(ae.mentions), 0), min(a.date), max(a.date)"
                + " FROM article_entities ae JOIN representatives a ON a.seq = ae.article_seq"
                + " WHERE ae.entity_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          articles = rs.getInt(1);
          mentions = rs.getInt(2);
          first = date(rs.getString(3));
          last = date(rs.getString(4));
        }
      }
    }
    return new EntityView(
        e,
        names,
        articles,
        mentions,
        first,
        last,
        posts(c, key),
        companions(c, key),
        quotes(c, key),
        timeline(c, key),
        alternatives);
  }

  private static List<EntityView.Post> posts(Connection c, String key) throws SQLException {
    record Row(
        String post,
        String org,
        String place,
        boolean former,
        EntityView.Citation citation,
        long group) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT r.post, r.org_key, r.place_key, r.former, a.id, a.date, r.evidence_begin,"
                + " r.evidence_end, r.evidence, a.dup_group FROM roles r"
                + " JOIN representatives a ON a.seq = r.article_seq WHERE r.person_key = ?"
                + " ORDER BY a.date DESC, a.seq DESC")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4) != 0,
                  new EntityView.Citation(
                      rs.getString(5),
                      date(rs.getString(6)),
                      rs.getInt(7),
                      rs.getInt(8),
                      rs.getString(9)),
                  rs.getLong(10)));
        }
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    rows.forEach(
        r -> {
          if (r.org() != null) {
            keys.add(r.org());
          }
          if (r.place() != null) {
            keys.add(r.place());
          }
        });
    Map<String, EntityRef> refs = Entities.byKeys(c, keys);
    record PostKey(String post, String org, String place, boolean former) {}
    Map<PostKey, List<Row>> byPost = new LinkedHashMap<>();
    for (Row r : rows) {
      byPost
          .computeIfAbsent(
              new PostKey(r.post(), r.org(), r.place(), r.former()), k -> new ArrayList<>())
          .add(r);
    }
    List<EntityView.Post> out = new ArrayList<>();
    for (Map.Entry<PostKey, List<Row>> en : byPost.entrySet()) {
      List<Row> rs = en.getValue();
      LocalDate firstDate = null;
      LocalDate lastDate = null;
      Set<Long> stories = new LinkedHashSet<>();
      for (Row r : rs) {
        LocalDate d = r.citation().date();
        if (d != null) {
          firstDate = firstDate == null || d.isBefore(firstDate) ? d : firstDate;
          lastDate = lastDate == null || d.isAfter(lastDate) ? d : lastDate;
        }
        stories.add(r.group());
      }
      PostKey k = en.getKey();
      out.add(
          new EntityView.Post(
              k.post(),
              k.org() == null ? null : refs.get(k.org()),
              k.place() == null ? null : refs.get(k.place()),
              k.former(),
              firstDate,
              lastDate,
              stories.size(),
              rs.stream().limit(EVIDENCE_PER_POST).map(Row::citation).toList()));
    }
    // Posts over time: the latest statement first, then by how often they are stated.
    out.sort(
        java.util.Comparator.comparing(
                (EntityView.Post p) -> p.last() == null ? LocalDate.MIN : p.last())
            .reversed()
            .thenComparing(p -> -p.stories()));
    return out;
  }

  private static List<EntityView.Companion> companions(Connection c, String key)
      throws SQLException {
    List<EntityView.Companion> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT e.key, e.type, e.name, e.latin, e.kb_id, count(DISTINCT a.seq) AS n"
                + " FROM article_entities mine"
                + " JOIN representatives a ON a.seq = mine.article_seq"
                + " JOIN article_entities other ON other.article_seq = mine.article_seq"
                + " JOIN entities e ON e.key = other.entity_key"
                + " WHERE mine.entity_key = ? AND other.entity_key <> mine.entity_key"
                + " AND e.type IN ('PERSON', 'ORG')"
                + " GROUP BY e.key ORDER BY n DESC, e.key LIMIT ?")) {
      ps.setString(1, key);
      ps.setInt(2, TOP_COMPANIONS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new EntityView.Companion(
                  new EntityRef(
                      rs.getString(1),
                      org.khabar.model.EntityType.valueOf(rs.getString(2)),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5)),
                  rs.getInt(6)));
        }
      }
    }
    return out;
  }

  private static List<EntityView.QuoteRecord> quotes(Connection c, String key) throws SQLException {
    List<EntityView.QuoteRecord> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT a.id, a.date, a.headline, q.speaker_kind, q.direct, q.content,"
                + " q.content_begin, q.content_end FROM quotes q"
                + " JOIN representatives a ON a.seq = q.article_seq WHERE q.speaker_key = ?"
                + " ORDER BY a.date DESC, a.seq DESC, q.content_begin LIMIT ?")) {
      ps.setString(1, key);
      ps.setInt(2, LATEST_QUOTES);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new EntityView.QuoteRecord(
                  rs.getString(1),
                  date(rs.getString(2)),
                  rs.getString(3),
                  SpeakerKind.valueOf(rs.getString(4)),
                  rs.getInt(5) != 0,
                  rs.getString(6),
                  rs.getInt(7),
                  rs.getInt(8)));
        }
      }
    }
    return out;
  }

  private static List<EntityView.Month> timeline(Connection c, String key) throws SQLException {
    List<EntityView.Month> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT substr(a.date, 1, 7) AS month, count(DISTINCT a.seq), sum(ae.mentions)"
                + " FROM article_entities ae JOIN representatives a ON a.seq = ae.article_seq"
                + " WHERE ae.entity_key = ? AND a.date IS NOT NULL"
                + " GROUP BY month ORDER BY month")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new EntityView.Month(rs.getString(1), rs.getInt(2), rs.getInt(3)));
        }
      }
    }
    return out;
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}

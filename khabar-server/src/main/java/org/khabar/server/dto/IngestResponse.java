package org.khabar.server.dto;

import java.util.ArrayList;
import java.util.List;
import org.khabar.archive.ingest.Outcome;
import org.khabar.archive.store.Stored;

/**
 * {@code POST /api/articles}: sent once every article is committed. Counts, then one item per input
 * in input order: {@code stored} (a new story), {@code duplicate} (stored as a copy of {@code
 * duplicateOf}, exact or near), {@code replaced} (a new version of a stored id), {@code unchanged}
 * (already stored as is) or {@code failed} (with the reason).
 */
public record IngestResponse(
    int received,
    int stored,
    int duplicates,
    int replaced,
    int unchanged,
    int failed,
    List<Item> items,
    List<String> notes) {

  public record Item(
      String id,
      int position,
      String status,
      String duplicate,
      String duplicateOf,
      Double similarity,
      String message) {}

  public static IngestResponse of(List<Outcome> outcomes, List<String> notes) {
    List<Item> items = new ArrayList<>();
    int stored = 0;
    int dups = 0;
    int replaced = 0;
    int unchanged = 0;
    int failed = 0;
    for (Outcome o : outcomes) {
      String status =
          switch (o.status()) {
            case NEW -> o.duplicate() == Stored.DupKind.ORIGINAL ? "stored" : "duplicate";
            case REPLACED -> "replaced";
            case UNCHANGED -> "unchanged";
            case FAILED -> "failed";
          };
      switch (status) {
        case "stored" -> stored++;
        case "duplicate" -> dups++;
        case "replaced" -> replaced++;
        case "unchanged" -> unchanged++;
        default -> failed++;
      }
      boolean dup = o.stored() && o.duplicate() != Stored.DupKind.ORIGINAL;
      items.add(
          new Item(
              o.id(),
              o.origin().line(),
              status,
              dup ? o.duplicate().name().toLowerCase(java.util.Locale.ROOT) : null,
              dup ? o.duplicateOf() : null,
              dup ? Math.round(o.similarity() * 1000.0) / 1000.0 : null,
              o.message()));
    }
    return new IngestResponse(
        outcomes.size(), stored, dups, replaced, unchanged, failed, items, notes);
  }
}

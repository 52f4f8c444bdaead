package org.khabar.archive.view;

import java.util.Map;
import java.util.Objects;
import org.khabar.archive.store.EntityRef;

/**
 * A stored article: its analysis as exchange JSON (exactly as stored), the archive entity each of
 * its local entity ids stands for, whether it repeats another stored article ({@code original},
 * {@code exact} or {@code near}, and which), and how many other stored copies its story has.
 */
public record ArticleView(
    String id,
    String analysisJson,
    Map<String, EntityRef> entities,
    String duplicateKind,
    String duplicateOf,
    int copies) {

  public ArticleView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(analysisJson, "analysisJson");
    Objects.requireNonNull(duplicateKind, "duplicateKind");
    entities = Map.copyOf(entities);
  }
}

package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.EntityType;

/** BIO tag helpers: the tag set, spans from tags, and repair of ill-formed sequences. */
public final class Bio {

  private Bio() {}

  public static final String OUTSIDE = "O";

  /** The tags the tagger emits, in a fixed order. */
  public static final List<String> TAGS =
      List.of("B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-PLACE", "I-PLACE", OUTSIDE);

  public static String begin(EntityType type) {
    return "B-" + type.name();
  }

  public static String inside(EntityType type) {
    return "I-" + type.name();
  }

  /** The entity type of a B- or I- tag, or {@code null} for {@code O}. */
  public static EntityType typeOf(String tag) {
    if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
      return EntityType.valueOf(tag.substring(2));
    }
    return null;
  }

  /**
   * The spans of a tag sequence. An {@code I-X} that does not continue an {@code X} span starts a
   * new one (the conlleval convention).
   */
  public static List<NerSpan> spans(List<String> tags) {
    List<NerSpan> out = new ArrayList<>();
    int start = -1;
    EntityType type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
      EntityType t = typeOf(tag);
      boolean continues = t != null && t == type && tag.startsWith("I-");
      if (!continues) {
        if (type != null) {
          out.add(new NerSpan(start, i, type));
        }
        start = i;
        type = t;
      }
    }
    return out;
  }
}

package org.khabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several gazetteers at once: a token's label joins the labels the parts give it (other than {@code
 * O}) with {@code |}, in the parts' order ({@code B-PLACE|B-PLACE?}), or is {@code O} when none
 * knows it. Immutable and thread-safe when the parts are.
 */
public final class CompositeGazetteer implements Gazetteer {

  private final List<Gazetteer> parts;
  private final String id;

  public CompositeGazetteer(List<Gazetteer> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no gazetteers to combine");
    }
    this.parts = List.copyOf(parts);
    this.id = this.parts.stream().map(Gazetteer::id).collect(Collectors.joining("+"));
  }

  public List<Gazetteer> parts() {
    return parts;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<String> labels(List<String> tokens) {
    List<List<String>> each = new ArrayList<>(parts.size());
    for (Gazetteer g : parts) {
      each.add(g.labels(tokens));
    }
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      String joined = null;
      for (List<String> labels : each) {
        String l = labels.get(i);
        if (!NONE_LABEL.equals(l)) {
          joined = joined == null ? l : joined + "|" + l;
        }
      }
      out.add(joined == null ? NONE_LABEL : joined);
    }
    return out;
  }
}

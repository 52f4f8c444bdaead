package org.khabar.model;

import java.util.Objects;

/** A knowledge-base entry considered for an entity, with the linker's score. */
public record LinkCandidate(String kbId, String name, double score) {

  public LinkCandidate {
    Objects.requireNonNull(kbId, "kbId");
    Objects.requireNonNull(name, "name");
  }
}

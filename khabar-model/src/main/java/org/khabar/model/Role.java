package org.khabar.model;

import java.util.Objects;

/**
 * A designation the text attaches to a named person: the post as written (without पूर्व), what it
 * is a post of (an organisation and/or a place entity id, when the text says so), whether it is a
 * former post, and the evidence that states it. {@code postId} is the knowledge base's post id, if
 * known.
 */
public record Role(
    String personId,
    String post,
    String postId,
    String orgId,
    String placeId,
    boolean former,
    CharSpan evidence,
    Provenance provenance) {

  public Role {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(provenance, "provenance");
    if (post.isBlank()) {
      throw new IllegalArgumentException("blank post");
    }
  }
}

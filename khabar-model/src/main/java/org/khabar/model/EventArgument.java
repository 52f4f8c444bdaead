package org.khabar.model;

import java.util.Objects;

/**
 * One argument of an event: its role in the event ("participant", "host", "place", "party",
 * "stance", "demander", "addressee", "demand"...), the entity it is (or {@code null}), and where
 * the text says it.
 */
public record EventArgument(String role, String entityId, CharSpan span, String text) {

  public EventArgument {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}

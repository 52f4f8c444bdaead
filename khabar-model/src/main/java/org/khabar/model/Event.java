package org.khabar.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event stated in the text: its type, the words that signal it, the sentence that proves it, its
 * arguments, and its date when the article says or implies one ({@code null} otherwise).
 */
public record Event(
    String id,
    EventType type,
    CharSpan trigger,
    CharSpan evidence,
    List<EventArgument> arguments,
    LocalDate date,
    Provenance provenance) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(provenance, "provenance");
    arguments = List.copyOf(arguments);
  }
}

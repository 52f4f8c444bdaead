package org.khabar.model;

import java.util.Objects;

/**
 * Reported speech: the speaker (an entity id for PERSON and ORG speakers, otherwise {@code null}),
 * the text naming the speaker in the sentence (a name, a pronoun, "सूत्रों"), the speech cue ("ने
 * कहा कि") and what was said; {@code direct} when inside quotation marks.
 */
public record Quote(
    String speakerId,
    SpeakerKind speakerKind,
    CharSpan speakerSpan,
    String speakerText,
    CharSpan cue,
    CharSpan content,
    boolean direct,
    Provenance provenance) {

  public Quote {
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(provenance, "provenance");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("empty quote content at " + content);
    }
    if ((speakerKind == SpeakerKind.SOURCES || speakerKind == SpeakerKind.GROUP)
        && speakerId != null) {
      throw new IllegalArgumentException(speakerKind + " quotes have no speaker entity");
    }
    if (speakerText == null) {
      speakerText = "";
    }
  }
}

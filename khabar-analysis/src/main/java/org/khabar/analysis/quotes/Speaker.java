package org.khabar.analysis.quotes;

import org.khabar.model.CharSpan;
import org.khabar.model.SpeakerKind;

/** Who a stretch of text names as a speaker, and by which rule that was decided. */
record Speaker(
    SpeakerKind kind, String entityId, CharSpan span, String text, String rule, double confidence) {

  /** The same speaker, referred to by other words (a pronoun or a post). */
  Speaker via(CharSpan newSpan, String newText, String newRule, double factor) {
    return new Speaker(kind, entityId, newSpan, newText, newRule, confidence * factor);
  }
}

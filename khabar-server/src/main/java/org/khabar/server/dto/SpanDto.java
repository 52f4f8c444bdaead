package org.khabar.server.dto;

import org.khabar.model.CharSpan;

/** A half-open UTF-16 range. */
public record SpanDto(int begin, int end) {
  public static SpanDto of(CharSpan s) {
    return new SpanDto(s.begin(), s.end());
  }
}

package org.khabar.model;

import java.util.Objects;

/**
 * One token: its index in the document, its span in the original text, and its canonical form (NFC,
 * one nukta and zero-width policy; see the text module). The surface is always {@code
 * span.in(document.text())}.
 */
public record Token(int index, CharSpan span, String norm, TokenKind kind) {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(kind, "kind");
    if (index < 0) {
      throw new IllegalArgumentException("negative token index " + index);
    }
    if (span.isEmpty()) {
      throw new IllegalArgumentException("empty token at " + span);
    }
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }
}

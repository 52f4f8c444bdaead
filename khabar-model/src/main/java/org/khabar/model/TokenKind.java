package org.khabar.model;

/** The script or character class of a token. */
public enum TokenKind {
  DEVANAGARI,
  LATIN,
  NUMBER,
  PUNCTUATION,
  SYMBOL,
  /** Letters of more than one script, or letters with digits ("G20", "कोविड19"). */
  MIXED,
  OTHER
}

package org.khabar.archive.store;

/**
 * What storing one article did: whether it was new, replaced an earlier version of the same id, or
 * was already stored unchanged; which duplicate group it joined and why.
 */
public record Stored(
    Status status, DupKind dupKind, long seq, long group, String duplicateOf, double similarity) {

  public enum Status {
    /** A new id. */
    NEW,
    /** The id was stored with other content; the new version replaced it. */
    REPLACED,
    /** The id was stored with the same content: nothing changed. */
    UNCHANGED
  }

  public enum DupKind {
    ORIGINAL,
    /** Same canonical headline and body as an earlier article with another id. */
    EXACT,
    /** The same story with small edits (MinHash similarity at or above the threshold). */
    NEAR
  }
}

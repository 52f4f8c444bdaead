package org.khabar.model;

/** Kinds of political event Khabar extracts. */
public enum EventType {
  /** A meeting: participants, who met whom, where, when. */
  MEETING,
  /** Someone wants an alliance kept or broken. */
  ALLIANCE_STANCE,
  /** A demand or appeal made of someone. */
  DEMAND,
  /** An election result stated in the text. */
  ELECTION_RESULT
}

package org.khabar.model;

/** Who a quote is attributed to. */
public enum SpeakerKind {
  /** A named person (possibly referred to by a pronoun). */
  PERSON,
  /** A named organisation (a ministry, a party, a newspaper). */
  ORG,
  /** Plural people: legislators, leaders, officials. */
  GROUP,
  /** Anonymous sources; never attributed to a person. */
  SOURCES,
  /** One unnamed person ("an official said"). */
  UNKNOWN
}

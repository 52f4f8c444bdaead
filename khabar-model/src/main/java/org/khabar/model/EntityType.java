package org.khabar.model;

/** The kinds of named entity Khabar reports. */
public enum EntityType {
  PERSON,
  ORG,
  PLACE
}

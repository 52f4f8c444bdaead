package org.khabar.model;

/**
 * Annotation layers of a {@link Document}; pipeline stages declare which they require and produce.
 */
public enum Layer {
  TEXT,
  SENTENCES,
  TOKENS,
  MENTIONS,
  ENTITIES,
  ROLES,
  QUOTES,
  EVENTS,
  SUMMARY
}

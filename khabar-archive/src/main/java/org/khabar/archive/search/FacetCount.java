package org.khabar.archive.search;

import org.khabar.archive.store.EntityRef;

/** How many of the stories found mention an entity. */
public record FacetCount(EntityRef entity, int stories) {}

package org.khabar.server.dto;

import java.time.LocalDate;
import org.khabar.archive.ArchiveStats;

/**
 * {@code GET /api/stats}: what the archive holds. {@code stories} counts one article per duplicate
 * group, {@code stored} every stored article; fact counts are over one copy of each story.
 */
public record StatsResponse(
    int stories,
    int stored,
    int exactDuplicates,
    int nearDuplicates,
    int entities,
    int linkedEntities,
    int mentions,
    int quotes,
    int roles,
    int events,
    LocalDate firstDate,
    LocalDate lastDate,
    int undated,
    long lastSeq,
    long indexed,
    long storeBytes,
    long indexBytes,
    boolean writesEnabled) {

  public static StatsResponse of(ArchiveStats s, boolean writesEnabled) {
    return new StatsResponse(
        s.stories(),
        s.stored(),
        s.exactDuplicates(),
        s.nearDuplicates(),
        s.entities(),
        s.linkedEntities(),
        s.mentions(),
        s.quotes(),
        s.roles(),
        s.events(),
        s.firstDate(),
        s.lastDate(),
        s.undated(),
        s.lastSeq(),
        s.indexed(),
        s.storeBytes(),
        s.indexBytes(),
        writesEnabled);
  }
}

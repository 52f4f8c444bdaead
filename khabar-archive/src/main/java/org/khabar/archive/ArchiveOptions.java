package org.khabar.archive;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.khabar.archive.names.CrossScript;
import org.khabar.archive.names.KbNames;
import org.khabar.archive.names.NameResolver;
import org.khabar.model.Entity;

/**
 * How an archive matches names and decides duplicates.
 *
 * @param crossScript romanisation and skeletons for the cross-script fields and name matching
 * @param entityKey the archive-wide key of an analysed entity: the knowledge-base id when linked,
 *     else {@code new:<type>:<slug>} ({@link org.khabar.kb.link.EntityKeys} by default)
 * @param resolvers name resolvers asked before the archive's own names (by default the shipped
 *     knowledge base's aliases)
 * @param nearThreshold MinHash similarity at or above which two bodies are the same story
 * @param shingle words per shingle for near-duplicate detection
 * @param fullSync {@code synchronous=FULL} (also survives a power cut) instead of NORMAL (survives
 *     a killed process); measured 3-25% slower ingest on this project's machines, so off by default
 */
public record ArchiveOptions(
    CrossScript crossScript,
    Function<Entity, String> entityKey,
    List<NameResolver> resolvers,
    double nearThreshold,
    int shingle,
    boolean fullSync) {

  /** Chosen on hand-made pairs of syndicated Hindi stories; see NearDuplicateTest. */
  public static final double DEFAULT_NEAR_THRESHOLD = 0.5;

  public static final int DEFAULT_SHINGLE = 3;

  public ArchiveOptions {
    Objects.requireNonNull(crossScript, "crossScript");
    Objects.requireNonNull(entityKey, "entityKey");
    resolvers = List.copyOf(resolvers);
  }

  public static ArchiveOptions defaults() {
    return new ArchiveOptions(
        CrossScript.icu(),
        org.khabar.kb.link.EntityKeys::key,
        List.of(KbNames.shipped()),
        DEFAULT_NEAR_THRESHOLD,
        DEFAULT_SHINGLE,
        false);
  }

  public ArchiveOptions withResolvers(List<NameResolver> first) {
    return new ArchiveOptions(crossScript, entityKey, first, nearThreshold, shingle, fullSync);
  }

  public ArchiveOptions withEntityKey(Function<Entity, String> key) {
    return new ArchiveOptions(crossScript, key, resolvers, nearThreshold, shingle, fullSync);
  }

  public ArchiveOptions withCrossScript(CrossScript cs) {
    return new ArchiveOptions(cs, entityKey, resolvers, nearThreshold, shingle, fullSync);
  }

  public ArchiveOptions withNearThreshold(double t) {
    return new ArchiveOptions(crossScript, entityKey, resolvers, t, shingle, fullSync);
  }

  public ArchiveOptions withFullSync(boolean full) {
    return new ArchiveOptions(crossScript, entityKey, resolvers, nearThreshold, shingle, full);
  }
}

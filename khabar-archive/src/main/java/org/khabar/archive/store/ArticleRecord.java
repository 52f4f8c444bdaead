package org.khabar.archive.store;

import java.util.Objects;
import org.khabar.archive.dedup.MinHash;
import org.khabar.model.Document;

/**
 * An analysed article ready to store: the document, the hash of its canonical text, its MinHash
 * signature ({@code null} when too short to compare) and its analysis as exchange JSON.
 */
public record ArticleRecord(
    Document document, String contentHash, MinHash.Signature signature, String analysisJson) {

  public ArticleRecord {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(analysisJson, "analysisJson");
  }
}

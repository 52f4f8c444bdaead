package org.khabar.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.khabar.model.EntityType;

/**
 * The archive's Lucene index, derived from the store. Each commit records the highest store
 * sequence number it holds ({@value #LAST_SEQ}), so whatever the store committed after that is
 * indexed again on the next open: a crash between the store's commit and the index's loses nothing.
 * Adding an article replaces every document of that article id (its article and quote documents),
 * so indexing twice is harmless.
 *
 * <p>Opened for writing it holds Lucene's write lock and searches near-real-time readers; opened
 * for reading it searches the last commit.
 */
public final class ArchiveIndex implements AutoCloseable {

  public static final String LAST_SEQ = "khabar.lastSeq";

  private final Path path;
  private final Directory dir;
  private final IndexWriter writer;
  private final ReferenceManager<IndexSearcher> searchers;
  private long indexedSeq;
  private long committedSeq;

  private ArchiveIndex(Path path, Directory dir, IndexWriter writer, long seq) throws IOException {
    this.path = path;
    this.dir = dir;
    this.writer = writer;
    this.indexedSeq = seq;
    this.committedSeq = seq;
    this.searchers =
        writer != null ? new SearcherManager(writer, null) : new SearcherManager(dir, null);
  }

  /**
   * Opens the index at {@code path} for writing, creating it if missing. An index that cannot be
   * read is moved aside (to {@code path.corrupt-<time>}) and started afresh: the caller then
   * rebuilds it from the store.
   *
   * @throws LockObtainFailedException when another process is writing the index
   */
  public static ArchiveIndex openForWriting(Path path, Analyzer analyzer) throws IOException {
    Files.createDirectories(path);
    Directory dir = FSDirectory.open(path);
    IndexWriter w;
    try {
      w = new IndexWriter(dir, config(analyzer));
    } catch (LockObtainFailedException e) {
      dir.close();
      throw e;
    } catch (IOException | RuntimeException e) {
      dir.close();
      Path aside =
          path.resolveSibling(path.getFileName() + ".corrupt-" + Instant.now().toEpochMilli());
      Files.move(path, aside);
      Files.createDirectories(path);
      dir = FSDirectory.open(path);
      w = new IndexWriter(dir, config(analyzer));
    }
    return new ArchiveIndex(path, dir, w, seqOf(w.getLiveCommitData()));
  }

  /** Opens the last commit of an existing index for searching only. */
  public static ArchiveIndex openForReading(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    try {
      SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
      return new ArchiveIndex(path, dir, null, seqOf(infos.getUserData().entrySet()));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** True when a commit exists at {@code path}. */
  public static boolean exists(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      return false;
    }
  }

  private static IndexWriterConfig config(Analyzer analyzer) {
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(48);
    cfg.setCommitOnClose(false);
    return cfg;
  }

  private static long seqOf(Iterable<Map.Entry<String, String>> data) {
    if (data == null) {
      return 0;
    }
    for (Map.Entry<String, String> e : data) {
      if (e.getKey().equals(LAST_SEQ)) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  public Path path() {
    return path;
  }

  public boolean writable() {
    return writer != null;
  }

  /** The highest store sequence number this index holds (committed or not). */
  public synchronized long indexedSeq() {
    return indexedSeq;
  }

  /** The highest store sequence number of the last commit. */
  public synchronized long committedSeq() {
    return committedSeq;
  }

  /** Adds (or replaces) the documents of these articles, in store order. */
  public synchronized void add(List<IndexedArticle> articles) throws IOException {
    requireWriter();
    for (IndexedArticle a : articles) {
      writer.updateDocuments(new Term(Fields.ARTICLE, a.id()), documents(a));
      indexedSeq = Math.max(indexedSeq, a.seq());
    }
  }

  /** Makes everything added durable, recording the highest sequence number held. */
  public synchronized void commit() throws IOException {
    requireWriter();
    if (committedSeq == indexedSeq && !writer.hasUncommittedChanges()) {
      return;
    }
    writer.setLiveCommitData(Map.of(LAST_SEQ, Long.toString(indexedSeq)).entrySet());
    writer.commit();
    committedSeq = indexedSeq;
  }

  /** Makes what was added visible to searches. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** As {@link #refresh}, unless another thread is refreshing already. */
  public void maybeRefresh() throws IOException {
    searchers.maybeRefresh();
  }

  /**
   * Runs a search on a current searcher. Read-only, the index first looks for a newer commit (made
   * by the process that is writing) and takes its sequence number.
   */
  public <T> T withSearcher(SearchWork<T> work) throws IOException {
    if (writer == null) {
      searchers.maybeRefresh();
    }
    IndexSearcher s = searchers.acquire();
    try {
      if (writer == null && s.getIndexReader() instanceof DirectoryReader dr) {
        long seq = seqOf(dr.getIndexCommit().getUserData().entrySet());
        synchronized (this) {
          indexedSeq = Math.max(indexedSeq, seq);
          committedSeq = Math.max(committedSeq, seq);
        }
      }
      return work.run(s);
    } finally {
      searchers.release(s);
    }
  }

  /** A unit of work on a searcher. */
  @FunctionalInterface
  public interface SearchWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /**
   * Lucene's CheckIndex over the last commit of a closed index: {@code null} when clean (or when
   * there is no index yet), else what is wrong.
   */
  public static String check(Path path) throws IOException {
    try (Directory d = FSDirectory.open(path);
        CheckIndex ci = new CheckIndex(d)) {
      CheckIndex.Status st = ci.checkIndex();
      return st.clean
          ? null
          : "index not clean: " + st.totLoseDocCount + " documents would be lost";
    } catch (IndexNotFoundException e) {
      return null;
    }
  }

  /** The index's size on disk in bytes. */
  public long sizeBytes() {
    try (var files = Files.list(path)) {
      return files
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Document> documents(IndexedArticle a) {
    List<Document> docs = new ArrayList<>(1 + a.quotes().size());
    Document d = new Document();
    d.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
    common(d, a);
    d.add(new NumericDocValuesField(Fields.COLLAPSE, a.group()));
    d.add(new TextField(Fields.EXACT, a.text(), Field.Store.NO));
    d.add(new TextField(Fields.FOLD, a.text(), Field.Store.NO));
    d.add(new TextField(Fields.TRANSLIT, a.text(), Field.Store.NO));
    d.add(new TextField(Fields.SKELETON, a.text(), Field.Store.NO));
    d.add(new TextField(Fields.HEADLINE, a.headline(), Field.Store.NO));
    for (Map.Entry<EntityType, List<String>> e : a.entities().entrySet()) {
      String facet = Fields.FACET_PREFIX + e.getKey().name().toLowerCase(Locale.ROOT);
      for (String key : e.getValue()) {
        d.add(new StringField(Fields.ENTITY, key, Field.Store.NO));
        d.add(new SortedSetDocValuesField(facet, new BytesRef(key)));
      }
    }
    for (String s : a.speakers()) {
      d.add(new StringField(Fields.SPEAKER, s, Field.Store.NO));
    }
    docs.add(d);
    for (IndexedArticle.Quote q : a.quotes()) {
      Document qd = new Document();
      qd.add(new StringField(Fields.KIND, Fields.KIND_QUOTE, Field.Store.NO));
      common(qd, a);
      qd.add(new NumericDocValuesField(Fields.COLLAPSE, q.identity()));
      qd.add(new StoredField(Fields.QUOTE, q.id()));
      qd.add(new TextField(Fields.EXACT, q.content(), Field.Store.NO));
      qd.add(new TextField(Fields.FOLD, q.content(), Field.Store.NO));
      qd.add(new TextField(Fields.TRANSLIT, q.content(), Field.Store.NO));
      qd.add(new TextField(Fields.SKELETON, q.content(), Field.Store.NO));
      if (q.speaker() != null) {
        qd.add(new StringField(Fields.SPEAKER, q.speaker(), Field.Store.NO));
      }
      for (String key : q.about()) {
        qd.add(new StringField(Fields.ENTITY, key, Field.Store.NO));
      }
      docs.add(qd);
    }
    return docs;
  }

  private static void common(Document d, IndexedArticle a) {
    d.add(new StringField(Fields.ARTICLE, a.id(), Field.Store.YES));
    d.add(new NumericDocValuesField(Fields.SEQ, a.seq()));
    if (a.date() != null) {
      long day = a.date().toEpochDay();
      d.add(new LongPoint(Fields.DAY, day));
      d.add(new NumericDocValuesField(Fields.DAY, day));
    }
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("the index is open for reading only");
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        commit();
        writer.close();
      }
    } finally {
      dir.close();
    }
  }
}

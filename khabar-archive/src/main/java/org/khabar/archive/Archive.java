package org.khabar.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.khabar.archive.dedup.MinHash;
import org.khabar.archive.index.ArchiveAnalyzers;
import org.khabar.archive.index.ArchiveIndex;
import org.khabar.archive.ingest.IndexSync;
import org.khabar.archive.ingest.IngestItem;
import org.khabar.archive.ingest.IngestListener;
import org.khabar.archive.ingest.IngestOptions;
import org.khabar.archive.ingest.IngestReport;
import org.khabar.archive.ingest.Ingester;
import org.khabar.archive.names.NameForms;
import org.khabar.archive.names.NameResolver;
import org.khabar.archive.search.Query;
import org.khabar.archive.search.QuoteQuery;
import org.khabar.archive.search.QuoteResults;
import org.khabar.archive.search.Search;
import org.khabar.archive.search.SearchResults;
import org.khabar.archive.store.ArticleWriter;
import org.khabar.archive.store.IndexFeed;
import org.khabar.archive.store.Store;
import org.khabar.archive.store.StoreException;
import org.khabar.archive.store.StoreNames;
import org.khabar.archive.view.ArticleView;
import org.khabar.archive.view.ArticleViews;
import org.khabar.archive.view.EntityView;
import org.khabar.archive.view.EntityViews;
import org.khabar.model.Article;
import org.khabar.model.Document;

/**
 * An archive of analysed articles in one directory: {@code archive.db} (SQLite, the source of
 * truth: articles with their whole analysis, entities, mentions, roles, quotes, events) and {@code
 * index/} (Lucene, derived from the store and caught up from it whenever it lags).
 *
 * <p>Open it for writing ({@link #open}) to ingest; only one process may do so at a time. Open it
 * for reading ({@link #openForReading}) to search while another process ingests. Thread-safe.
 */
public final class Archive implements AutoCloseable {

  public static final String INDEX_DIR = "index";

  private final Path dir;
  private final ArchiveOptions options;
  private final Store store;
  private final ArchiveIndex index;
  private final IndexSync sync;
  private final NameResolver resolver;
  private final Search search;
  private final EntityViews views;
  private final ArticleViews articles;
  private final Object ingestLock = new Object();

  private Archive(Path dir, ArchiveOptions options, Store store, ArchiveIndex index) {
    this.dir = dir;
    this.options = options;
    this.store = store;
    this.index = index;
    this.sync = index != null && index.writable() ? new IndexSync(store, index) : null;
    NameForms forms = new NameForms(options.crossScript());
    List<NameResolver> chain = new ArrayList<>(options.resolvers());
    chain.add(new StoreNames(store, forms));
    this.resolver = NameResolver.chain(chain);
    Analyzer analyzer = ArchiveAnalyzers.perField(options.crossScript());
    this.search =
        new Search(
            store, () -> this.index, analyzer, options.crossScript(), resolver, this::searchNotes);
    this.views = new EntityViews(store, resolver);
    this.articles = new ArticleViews(store);
  }

  /** True when {@code dir} holds an archive. */
  public static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(Store.FILE));
  }

  /** Opens the archive in {@code dir} for reading and writing, creating it if missing. */
  public static Archive open(Path dir) {
    return open(dir, ArchiveOptions.defaults());
  }

  /**
   * Opens the archive in {@code dir} for reading and writing, creating it if missing, and brings
   * its index up to date with its store.
   *
   * @throws ArchiveException when another process is writing it, or it cannot be opened
   */
  public static Archive open(Path dir, ArchiveOptions options) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ArchiveException("cannot create the archive directory " + dir + ": " + e, e);
    }
    Store store = openStore(() -> Store.open(dir.resolve(Store.FILE), options.fullSync()));
    ArchiveIndex index;
    try {
      index =
          ArchiveIndex.openForWriting(
              dir.resolve(INDEX_DIR), ArchiveAnalyzers.perField(options.crossScript()));
    } catch (LockObtainFailedException e) {
      store.close();
      throw new ArchiveException("the archive " + dir + " is being written by another process", e);
    } catch (IOException e) {
      store.close();
      throw new ArchiveException("cannot open the archive index in " + dir + ": " + e, e);
    }
    Archive a = new Archive(dir, options, store, index);
    try {
      a.sync.catchUp();
      a.sync.commit();
      index.refresh();
    } catch (IOException | RuntimeException e) {
      a.close();
      throw new ArchiveException("cannot bring the index of " + dir + " up to date: " + e, e);
    }
    return a;
  }

  /** Opens an existing archive for searching. */
  public static Archive openForReading(Path dir) {
    return openForReading(dir, ArchiveOptions.defaults());
  }

  /**
   * Opens an existing archive for searching. If its index lags its store and no other process is
   * writing, the index is caught up first; otherwise searches see the index's last commit.
   *
   * @throws ArchiveException when there is no archive in {@code dir}
   */
  public static Archive openForReading(Path dir, ArchiveOptions options) {
    if (!exists(dir)) {
      throw new ArchiveException("no archive at " + dir + "; run khabar ingest first");
    }
    Store store = openStore(() -> Store.openReadOnly(dir.resolve(Store.FILE)));
    Path indexPath = dir.resolve(INDEX_DIR);
    try {
      long storeSeq = store.read(IndexFeed::maxSeq);
      if (committedSeq(indexPath) < storeSeq) {
        try (ArchiveIndex w =
            ArchiveIndex.openForWriting(
                indexPath, ArchiveAnalyzers.perField(options.crossScript()))) {
          IndexSync s = new IndexSync(store, w);
          s.catchUp();
          s.commit();
        } catch (LockObtainFailedException busy) {
          // another process is writing: search its last commit
        }
      }
      ArchiveIndex index =
          ArchiveIndex.exists(indexPath) ? ArchiveIndex.openForReading(indexPath) : null;
      return new Archive(dir, options, store, index);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw new ArchiveException("cannot open the archive index in " + dir + ": " + e, e);
    }
  }

  private static long committedSeq(Path indexPath) {
    if (!ArchiveIndex.exists(indexPath)) {
      return -1;
    }
    try (Directory d = FSDirectory.open(indexPath)) {
      String v = SegmentInfos.readLatestCommit(d).getUserData().get(ArchiveIndex.LAST_SEQ);
      return v == null ? 0 : Long.parseLong(v);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private interface StoreOpener {
    Store open();
  }

  private static Store openStore(StoreOpener opener) {
    try {
      return opener.open();
    } catch (StoreException e) {
      throw new ArchiveException(e.getMessage(), e);
    }
  }

  public Path dir() {
    return dir;
  }

  public boolean readOnly() {
    return sync == null;
  }

  public ArchiveOptions options() {
    return options;
  }

  /** Resolves names in either script to archive entities (knowledge base first). */
  public NameResolver names() {
    return resolver;
  }

  // ------------------------------------------------------------------ ingest

  /**
   * Analyses and stores everything {@code items} yields. One ingest runs at a time per archive.
   *
   * @throws org.khabar.archive.ingest.IngestAbortedException when the store fails mid-way
   */
  public IngestReport ingest(
      Iterator<? extends IngestItem> items,
      Function<Article, Document> analyzer,
      IngestOptions ingestOptions,
      IngestListener listener) {
    if (readOnly()) {
      throw new ArchiveException("the archive " + dir + " is open for reading only");
    }
    ArticleWriter writer =
        new ArticleWriter(
            options.entityKey(),
            new NameForms(options.crossScript()),
            new ArticleWriter.DedupPolicy(options.nearThreshold(), options.shingle()));
    MinHash minHash = new MinHash(options.shingle(), 8);
    synchronized (ingestLock) {
      return new Ingester(store, writer, sync, analyzer, minHash, ingestOptions)
          .run(items, listener);
    }
  }

  /** Ingests articles with default options. */
  public IngestReport ingest(Iterable<Article> articles, Function<Article, Document> analyzer) {
    Iterator<Article> it = articles.iterator();
    Iterator<IngestItem> items =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public IngestItem next() {
            return IngestItem.of(it.next());
          }
        };
    return ingest(items, analyzer, IngestOptions.defaults(), IngestListener.none());
  }

  // ------------------------------------------------------------------ search and views

  public Search search() {
    return search;
  }

  public SearchResults search(Query q) {
    return search.search(q);
  }

  public QuoteResults quotes(QuoteQuery q) {
    return search.quotes(q);
  }

  /** The view of the entity a name (either script) or archive key names, if any. */
  public Optional<EntityView> view(String nameOrKey) {
    return views.view(nameOrKey);
  }

  /** The stored article with this id: its analysis as exchange JSON and its archive entities. */
  public Optional<ArticleView> article(String id) {
    return articles.article(id);
  }

  public ArchiveStats stats() {
    long indexed = index == null ? 0 : index.indexedSeq();
    long storeBytes = size(dir.resolve(Store.FILE)) + size(dir.resolve(Store.FILE + "-wal"));
    long indexBytes = index == null ? 0 : index.sizeBytes();
    return store.read(c -> ArchiveStats.read(c, indexed, storeBytes, indexBytes));
  }

  /** SQLite's integrity and foreign-key checks: "ok" when sound. */
  public String checkStore() {
    return store.integrityCheck();
  }

  private List<String> searchNotes() {
    if (index == null) {
      return List.of();
    }
    long lag = store.read(IndexFeed::maxSeq) - index.indexedSeq();
    if (lag > 0) {
      return List.of(
          "the index is "
              + lag
              + " articles behind the store (another process is ingesting): the newest may be"
              + " missing");
    }
    return List.of();
  }

  private static long size(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    synchronized (ingestLock) {
      try {
        if (index != null) {
          index.close();
        }
      } catch (IOException e) {
        throw new ArchiveException("cannot close the index of " + dir + ": " + e, e);
      } finally {
        store.close();
      }
    }
  }
}

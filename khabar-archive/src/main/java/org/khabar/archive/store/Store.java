package org.khabar.archive.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.sqlite.SQLiteConfig;

/**
 * The archive's record store: one SQLite database in WAL mode with foreign keys on. One writer
 * connection, used under this object's lock, runs every write in one {@code BEGIN IMMEDIATE}
 * transaction and holds no lock between them; reads borrow pooled query-only connections, each read
 * one snapshot, and never block the writer.
 *
 * <p>Durability: in WAL mode a committed transaction survives a killed process with {@code
 * synchronous=NORMAL}; {@code FULL} (one more fsync per commit) also survives a power cut.
 */
public final class Store implements AutoCloseable {

  public static final String FILE = "archive.db";
  static final int SCHEMA_VERSION = 1;

  /** A unit of work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final Path file;
  private final boolean fullSync;
  private final Connection writer;
  private final ConcurrentLinkedQueue<Connection> readers = new ConcurrentLinkedQueue<>();
  private final List<Connection> allReaders = new ArrayList<>();
  private volatile boolean closed;

  private Store(Path file, boolean fullSync, boolean readOnly) throws SQLException {
    this.file = file;
    this.fullSync = fullSync;
    if (readOnly) {
      this.writer = null;
      int version = read(Store::userVersion);
      if (version == 0) {
        throw new StoreException("no archive in " + file);
      }
      checkVersion(version);
    } else {
      this.writer = connect(false);
      migrate();
    }
  }

  /** Opens (creating if missing) the store in {@code file} for reading and writing. */
  public static Store open(Path file, boolean fullSync) {
    try {
      return new Store(file, fullSync, false);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open the archive database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing store for reading only (another process may be writing it). */
  public static Store openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException("no archive database at " + file);
    }
    try {
      return new Store(file, false, true);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open the archive database " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  public boolean readOnly() {
    return writer == null;
  }

  private Connection connect(boolean readOnly) throws SQLException {
    SQLiteConfig cfg = new SQLiteConfig();
    if (!readOnly) {
      cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
    }
    cfg.setSynchronous(
        fullSync ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
    cfg.setBusyTimeout(30_000);
    cfg.enforceForeignKeys(true);
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, cfg.toProperties());
    if (readOnly) {
      exec(c, "PRAGMA query_only = 1");
    }
    return c;
  }

  private static int userVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private void checkVersion(int version) {
    if (version > SCHEMA_VERSION) {
      throw new StoreException(
          "the archive "
              + file
              + " has schema "
              + version
              + ", newer than this program's "
              + SCHEMA_VERSION);
    }
  }

  private void migrate() {
    write(
        c -> {
          checkVersion(userVersion(c));
          try (Statement s = c.createStatement()) {
            for (String sql : statements(resource("schema.sql"))) {
              s.execute(sql);
            }
            s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
          }
          return null;
        });
  }

  /** Runs {@code work} in one write transaction: committed when it returns, rolled back if not. */
  public synchronized <T> T write(Work<T> work) {
    ensureOpen();
    if (writer == null) {
      throw new StoreException("the archive is open for reading only");
    }
    try {
      exec(writer, "BEGIN IMMEDIATE");
    } catch (SQLException e) {
      throw new StoreException("cannot begin a write: " + e.getMessage(), e);
    }
    try {
      T result = work.run(writer);
      exec(writer, "COMMIT");
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        exec(writer, "ROLLBACK");
      } catch (SQLException noTransaction) {
        // SQLite already rolled back (e.g. on a full disk): nothing left to undo.
      }
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new StoreException("write failed: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} on a query-only connection, in one snapshot. */
  public <T> T read(Work<T> work) {
    ensureOpen();
    Connection c = readers.poll();
    try {
      if (c == null) {
        c = connect(true);
        synchronized (allReaders) {
          allReaders.add(c);
        }
      }
      exec(c, "BEGIN");
      try {
        return work.run(c);
      } finally {
        exec(c, "COMMIT");
      }
    } catch (SQLException e) {
      throw new StoreException("read failed: " + e.getMessage(), e);
    } finally {
      if (c != null) {
        readers.offer(c);
      }
    }
  }

  /** SQLite's integrity and foreign-key checks: "ok" when the database is sound. */
  public String integrityCheck() {
    return read(
        c -> {
          List<String> problems = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
              problems.add(rs.getString(1));
            }
          }
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
              problems.add("foreign key violation in " + rs.getString(1) + " row " + rs.getLong(2));
            }
          }
          return problems.equals(List.of("ok")) ? "ok" : String.join("; ", problems);
        });
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoreException("the archive store is closed");
    }
  }

  static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    synchronized (allReaders) {
      allReaders.forEach(Store::closeQuietly);
    }
    if (writer != null) {
      try {
        exec(writer, "PRAGMA optimize");
      } catch (SQLException ignored) {
        // closing anyway
      }
      closeQuietly(writer);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing to do
    }
  }

  static String resource(String name) {
    try (InputStream in = Store.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script into statements at semicolons that end a line; drops comment lines. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) {
        continue;
      }
      cur.append(line).append('\n');
      if (t.endsWith(";")) {
        String stmt = cur.toString().strip();
        out.add(stmt.substring(0, stmt.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}

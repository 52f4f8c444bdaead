package org.khabar.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs.
 *
 * @param host the address to bind ({@code 127.0.0.1} by default: reachable from this machine only)
 * @param port the port, or 0 for any free port
 * @param token the bearer token that writes require, or {@code null}: writes are then refused
 * @param maxBodyBytes a request body longer than this is refused with 413
 * @param ingestThreads analysis threads of one ingest request
 * @param shutdownTimeout how long a stop waits for requests in flight to finish
 * @param searchCache how many search responses to keep (0: none); dropped on every write
 */
public record ServerConfig(
    String host,
    int port,
    String token,
    long maxBodyBytes,
    int ingestThreads,
    Duration shutdownTimeout,
    int searchCache) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("body limit must be positive: " + maxBodyBytes);
    }
    if (ingestThreads < 1) {
      throw new IllegalArgumentException("ingest threads must be at least 1: " + ingestThreads);
    }
    if (searchCache < 0) {
      throw new IllegalArgumentException("search cache size must not be negative: " + searchCache);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
  }

  /** Loopback, the default port, no token, 10 MB bodies. */
  public static ServerConfig defaults() {
    return new ServerConfig(
        DEFAULT_HOST,
        DEFAULT_PORT,
        null,
        DEFAULT_MAX_BODY_BYTES,
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        Duration.ofSeconds(30),
        256);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(
        h, port, token, maxBodyBytes, ingestThreads, shutdownTimeout, searchCache);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(
        host, p, token, maxBodyBytes, ingestThreads, shutdownTimeout, searchCache);
  }

  public ServerConfig withToken(String t) {
    return new ServerConfig(
        host, port, t, maxBodyBytes, ingestThreads, shutdownTimeout, searchCache);
  }

  public ServerConfig withMaxBodyBytes(long n) {
    return new ServerConfig(host, port, token, n, ingestThreads, shutdownTimeout, searchCache);
  }

  public ServerConfig withSearchCache(int entries) {
    return new ServerConfig(
        host, port, token, maxBodyBytes, ingestThreads, shutdownTimeout, entries);
  }

  public boolean writesEnabled() {
    return token != null;
  }
}

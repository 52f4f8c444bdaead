package org.khabar.archive.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures over word shingles, with locality-sensitive banding to find candidate pairs
 * without comparing every pair. Deterministic: the same words give the same signature in every run,
 * so signatures can be stored and compared later.
 *
 * <p>With {@value #HASHES} hashes in {@value #BANDS} bands of {@value #ROWS} rows, a pair with
 * Jaccard similarity 0.6 shares a band with probability 0.99, a pair at 0.3 with probability 0.23;
 * candidates are then confirmed on the signature estimate.
 */
public final class MinHash {

  public static final int HASHES = 128;
  public static final int BANDS = 32;
  public static final int ROWS = HASHES / BANDS;

  private final int shingle;
  private final int minShingles;
  private final long[] seeds = new long[HASHES];

  /**
   * @param shingle words per shingle
   * @param minShingles fewer shingles than this give no signature (too short to compare)
   */
  public MinHash(int shingle, int minShingles) {
    if (shingle < 1 || minShingles < 1) {
      throw new IllegalArgumentException("shingle and minShingles must be positive");
    }
    this.shingle = shingle;
    this.minShingles = minShingles;
    SplittableRandom r = new SplittableRandom(0x6B686162617221L);
    for (int i = 0; i < HASHES; i++) {
      seeds[i] = r.nextLong();
    }
  }

  public int shingle() {
    return shingle;
  }

  /** The signature of a word sequence, or {@code null} when it has too few shingles. */
  public Signature signature(List<String> words) {
    int n = words.size() - shingle + 1;
    if (n < minShingles) {
      return null;
    }
    int[] min = new int[HASHES];
    Arrays.fill(min, Integer.MAX_VALUE);
    for (int s = 0; s < n; s++) {
      long base = 0xcbf29ce484222325L;
      for (int w = s; w < s + shingle; w++) {
        String word = words.get(w);
        for (int i = 0; i < word.length(); i++) {
          base = (base ^ word.charAt(i)) * 0x100000001b3L;
        }
        base = (base ^ ' ') * 0x100000001b3L;
      }
      for (int h = 0; h < HASHES; h++) {
        int v = (int) (mix(base ^ seeds[h]) >>> 33);
        if (v < min[h]) {
          min[h] = v;
        }
      }
    }
    return new Signature(min);
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A MinHash signature: {@value #HASHES} minima. */
  public static final class Signature {
    private final int[] values;

    private Signature(int[] values) {
      if (values.length != HASHES) {
        throw new IllegalArgumentException("signature of " + values.length + " values");
      }
      this.values = values;
    }

    /** The estimated Jaccard similarity of the two shingle sets. */
    public double similarity(Signature other) {
      int same = 0;
      for (int i = 0; i < HASHES; i++) {
        if (values[i] == other.values[i]) {
          same++;
        }
      }
      return same / (double) HASHES;
    }

    /** One 64-bit key per band: two signatures sharing any key are candidates. */
    public long[] bandKeys() {
      long[] keys = new long[BANDS];
      for (int b = 0; b < BANDS; b++) {
        long k = b * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
          k = mix(k ^ values[b * ROWS + r]);
        }
        keys[b] = k;
      }
      return keys;
    }

    public byte[] toBytes() {
      ByteBuffer buf = ByteBuffer.allocate(HASHES * Integer.BYTES);
      for (int v : values) {
        buf.putInt(v);
      }
      return buf.array();
    }

    public static Signature fromBytes(byte[] bytes) {
      if (bytes.length != HASHES * Integer.BYTES) {
        throw new IllegalArgumentException("signature of " + bytes.length + " bytes");
      }
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      int[] v = new int[HASHES];
      for (int i = 0; i < HASHES; i++) {
        v[i] = buf.getInt();
      }
      return new Signature(v);
    }
  }
}

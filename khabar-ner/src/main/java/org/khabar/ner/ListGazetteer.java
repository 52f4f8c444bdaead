package org.khabar.ner;

import java.io.BufferedReader;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A gazetteer of word lists: each entry (one or more words) has a label such as {@code PLACE},
 * {@code ORG}, {@code GIVEN} (given name) or {@code SURNAME}. Tokens are matched by {@link
 * Words#key}, longest entry first, left to right; a match of {@code n} tokens is labelled {@code
 * B-LABEL I-LABEL ...}. Immutable and thread-safe.
 *
 * <p>The shipped lists ({@link #shipped()}) are resource files under {@code
 * org/khabar/ner/gazetteer/}, compiled by hand; a model trained with them stores the entries, so it
 * stays self-contained.
 */
public final class ListGazetteer implements Gazetteer {

  /** The shipped lists and the label of each, in priority order (an entry's first list wins). */
  private static final List<String[]> SHIPPED_LISTS =
      List.of(
          new String[] {"org-names.txt", "ORG"},
          new String[] {"places.txt", "PLACE"},
          new String[] {"given-names.txt", "GIVEN"},
          new String[] {"surnames.txt", "SURNAME"});

  private final String id;
  private final Map<String, String> entries;
  private final int maxLength;

  /**
   * @param id the id recorded in models trained with this gazetteer
   * @param entries each entry's words (keys, joined by single spaces) and its label
   */
  public ListGazetteer(String id, Map<String, String> entries) {
    this.id = Objects.requireNonNull(id, "id");
    this.entries = Map.copyOf(entries);
    int max = 0;
    for (String e : this.entries.keySet()) {
      max = Math.max(max, e.split(" ").length);
    }
    this.maxLength = max;
  }

  private static final class Holder {
    static final ListGazetteer SHIPPED = loadShipped();
  }

  /** The hand-compiled lists shipped in this module (id {@code lists-v1}). */
  public static ListGazetteer shipped() {
    return Holder.SHIPPED;
  }

  private static ListGazetteer loadShipped() {
    Map<String, String> entries = new HashMap<>();
    for (String[] list : SHIPPED_LISTS) {
      String path = "gazetteer/" + list[0];
      try (InputStream in = ListGazetteer.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing resource org/khabar/ner/" + path);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String entry = line.strip();
          if (!entry.isEmpty() && !entry.startsWith("#")) {
            entries.putIfAbsent(keyOf(List.of(entry.split("\\s+"))), list[1]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + path, e);
      }
    }
    return new ListGazetteer("lists-v1", entries);
  }

  private static String keyOf(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(Words.key(w));
    }
    return sb.toString();
  }

  @Override
  public String id() {
    return id;
  }

  public int size() {
    return entries.size();
  }

  @Override
  public List<String> labels(List<String> tokens) {
    int n = tokens.size();
    String[] out = new String[n];
    Arrays.fill(out, NONE_LABEL);
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Words.key(tokens.get(i));
    }
    int i = 0;
    while (i < n) {
      int matched = 0;
      String label = null;
      for (int len = Math.min(maxLength, n - i); len >= 1 && label == null; len--) {
        String k = len == 1 ? keys[i] : String.join(" ", Arrays.asList(keys).subList(i, i + len));
        label = entries.get(k);
        matched = len;
      }
      if (label == null) {
        i++;
        continue;
      }
      out[i] = "B-" + label;
      for (int j = 1; j < matched; j++) {
        out[i + j] = "I-" + label;
      }
      i += matched;
    }
    return List.of(out);
  }

  void write(DataOutput out) throws IOException {
    out.writeUTF(id);
    List<String> keys = new ArrayList<>(entries.keySet());
    keys.sort(null);
    out.writeInt(keys.size());
    for (String k : keys) {
      out.writeUTF(k);
      out.writeUTF(entries.get(k));
    }
  }

  static ListGazetteer read(DataInput in) throws IOException {
    String id = in.readUTF();
    int n = in.readInt();
    Map<String, String> entries = HashMap.newHashMap(n);
    for (int i = 0; i < n; i++) {
      entries.put(in.readUTF(), in.readUTF());
    }
    return new ListGazetteer(id, entries);
  }
}

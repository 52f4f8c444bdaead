package org.khabar.archive;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the archive lives when no directory is given: {@code $KHABAR_STORE}, else {@code
 * $XDG_DATA_HOME/khabar}, else {@code ~/.local/share/khabar}.
 */
public final class StoreLocation {
  private StoreLocation() {}

  public static Path resolve(Path override) {
    return resolve(override, System.getenv(), System.getProperty("user.home"));
  }

  static Path resolve(Path override, Map<String, String> env, String home) {
    if (override != null) {
      return override;
    }
    String store = env.get("KHABAR_STORE");
    if (store != null && !store.isBlank()) {
      return Path.of(store);
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "khabar");
    }
    return Path.of(home, ".local", "share", "khabar");
  }
}

package org.khabar.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

  @Test
  void anExplicitDirectoryWins() {
    assertThat(StoreLocation.resolve(Path.of("/x"), Map.of("KHABAR_STORE", "/y"), "/home/u"))
        .isEqualTo(Path.of("/x"));
  }

  @Test
  void thenKhabarStoreThenXdgDataHomeThenTheHomeDirectory() {
    assertThat(
            StoreLocation.resolve(
                null, Map.of("KHABAR_STORE", "/y", "XDG_DATA_HOME", "/d"), "/home/u"))
        .isEqualTo(Path.of("/y"));
    assertThat(StoreLocation.resolve(null, Map.of("XDG_DATA_HOME", "/d"), "/home/u"))
        .isEqualTo(Path.of("/d/khabar"));
    assertThat(StoreLocation.resolve(null, Map.of("KHABAR_STORE", " "), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/share/khabar"));
  }
}

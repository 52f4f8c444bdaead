package org.khabar.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-24",
        " 2026-01-24 ",
        "2026-01-24T09:30:00+05:30",
        "2026-01-24T23:59:59Z",
        "2026-01-24T10:00:00",
        "Sat, 24 Jan 2026 10:00:00 +0530",
        "24/01/2026",
        "24-01-2026",
        "24.1.2026"
      })
  void acceptedForms(String raw) {
    assertThat(Dates.parse(raw)).isEqualTo(LocalDate.of(2026, 1, 24));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-13-45",
        "2026-02-30",
        "30/02/2026",
        "yesterday",
        "कल",
        "2026",
        "",
        "01/24/2026"
      })
  void rejectedForms(String raw) {
    assertThatThrownBy(() -> Dates.parse(raw)).isInstanceOf(DateTimeException.class);
  }
}

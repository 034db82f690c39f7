package org.lantern.job.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01T22:14:05-05:00", "2026-03-01T22:14:05Z", "2026-03-01T22:14-05:00",
      "2026-03-01T22:14:05.123+05:30", "2026-03-01T22:14:05.123456789Z", "2024-02-29T00:00:00+14:00",
      "2026-03-01T22:14:05+05", "+12026-03-01T22:14:05Z"})
  void agreesWithJavaTimeOnEveryShape(String s) {
    assertEquals(OffsetDateTime.parse(s), Timestamps.parse(s));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T22:14:05",
      "2026-03-01 22:14:05Z", "yesterday", "2026-03-01T22:14:05-25:00"})
  void rejectsWhatJavaTimeRejects(String s) {
    assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(s));
    assertThrows(DateTimeParseException.class, () -> Timestamps.parse(s));
  }
}

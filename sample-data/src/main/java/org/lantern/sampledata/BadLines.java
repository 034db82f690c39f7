package org.lantern.sampledata;

import java.util.List;

/** Malformed payment lines of every kind the engine must dead-letter, for demos and tests. */
final class BadLines {
  static final List<String> KINDS =
      List.of(
          "{\"transactionId\": \"BAD-1\", \"timestamp\": ",
          "[\"not\", \"an\", \"object\"]",
          "{\"transactionId\":\"BAD-3\",\"timestamp\":\"2026-03-05T10:00:00-05:00\",\"amount\":\"50.00\",\"currency\":\"USD\",\"channel\":\"TELEPATHY\",\"payerAccountId\":\"A000001\"}",
          "{\"transactionId\":\"BAD-4\",\"timestamp\":\"2026-03-05T10:00:00-05:00\",\"amount\":\"-250.00\",\"currency\":\"USD\",\"channel\":\"CARD\",\"payerAccountId\":\"A000001\"}",
          "{\"transactionId\":\"BAD-5\",\"timestamp\":\"2026-03-05T10:00:00-05:00\",\"currency\":\"USD\",\"channel\":\"CARD\",\"payerAccountId\":\"A000001\"}",
          "{\"transactionId\":\"BAD-6\",\"timestamp\":\"2026-03-05T10:00:00-05:00\",\"amount\":\"ten dollars\",\"currency\":\"USD\",\"channel\":\"CARD\",\"payerAccountId\":\"A000001\"}",
          "{\"transactionId\":\"BAD-7\",\"timestamp\":\"yesterday at noon\",\"amount\":\"10.00\",\"currency\":\"USD\",\"channel\":\"CARD\",\"payerAccountId\":\"A000001\"}",
          "{\"timestamp\":\"2026-03-05T10:00:00-05:00\",\"amount\":\"10.00\",\"currency\":\"USD\",\"channel\":\"CARD\",\"payerAccountId\":\"A000001\"}");

  private BadLines() {}

  /** Inserts {@code count} bad lines at seeded positions, cycling through the kinds. */
  static void scatter(Generator g, List<String> lines, int count) {
    for (int i = 0; i < count; i++) {
      lines.add(g.rnd.nextInt(lines.size() + 1), KINDS.get(i % KINDS.size()));
    }
  }
}

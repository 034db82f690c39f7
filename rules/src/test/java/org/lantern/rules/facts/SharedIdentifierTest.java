package org.lantern.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedIdentifierTest {
  private static SharedIdentifier.Holder holder(String account, String customer, String opened) {
    return new SharedIdentifier.Holder(account, customer, "name " + account, opened == null ? null : LocalDate.parse(opened), List.of());
  }

  @Test
  void openedTogetherCountsDistinctCustomersWithinTheDays() {
    SharedIdentifier s = new SharedIdentifier("INTRODUCER", "viktor hale", List.of(
        holder("A1", "C1", "2026-03-02"), holder("A2", "C2", "2026-03-03"), holder("A3", "C2", "2026-03-03"),
        holder("A4", "C4", "2026-03-09"), holder("A5", "C5", null), holder("A6", "C6", "2026-03-10")), 0);
    assertEquals(1, s.openedTogether(0), "C2's two accounts opened the same day are one customer");
    assertEquals(2, s.openedTogether(1));
    assertEquals(4, s.openedTogether(8), "undated accounts never count");
  }
}

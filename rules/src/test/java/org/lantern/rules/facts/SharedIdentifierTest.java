package org.lantern.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lantern.rules.Payments.at;
import static org.lantern.rules.Payments.cashDeposit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.schema.Account;
import org.lantern.schema.HolderType;
import org.lantern.schema.Payment;

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

  @Test
  void thePoolHoldsTheHoldersPaymentsWithinTheWindowEachOnce() {
    Payment a1 = cashDeposit("a1", "A1", "6000", at(40, "10:00"), "BR-1");
    Payment b1 = cashDeposit("b1", "A2", "5000", at(40, "14:00"), "BR-2");
    Payment a2 = cashDeposit("a2", "A1", "6500", at(47, "10:00"), "BR-1");
    Payment b2 = cashDeposit("b2", "A2", "6000", at(47, "15:00"), "BR-3");
    Payment old1 = cashDeposit("o1", "A1", "6000", at(1, "10:00"), "BR-1");
    Payment old2 = cashDeposit("o2", "A2", "6000", at(1, "11:00"), "BR-1");
    SharedIdentifier s = new SharedIdentifier("CUSTOMER", "C1", List.of(
        new SharedIdentifier.Holder("A1", "C1", "Ana Ruiz", null, List.of(old1, a1, a2)),
        new SharedIdentifier.Holder("A2", "C1", "Ana Ruiz", null, List.of(old2, b1, b2, b1))), 30);
    assertEquals(2, Split.of(s.getPooledPayments(), 10_000, "CASH_DEPOSIT").getDays(),
        "days 40 and 47; day 1 is out of the 30 days before the newest");
    assertEquals(6, s.getPaymentCount(), "b1 delivered twice counts once");
  }

  @Test
  void anAccountsHistoryIsWhatTheMonitorHasSeenOrAllOfItSinceOpening() {
    long day = 86_400_000L;
    Account old = Account.newBuilder().setAccountId("A").setCustomerId("C").setHolderName("Ana").setHolderType(HolderType.INDIVIDUAL)
        .setOpenedAt("2019-05-01").build();
    Account young = Account.newBuilder(old).setOpenedAt("2026-03-01").build();
    long first = LocalDate.parse("2026-03-02").toEpochDay() * day;
    AccountFact days = new AccountFact("A", old, first, first + 20 * day);
    assertEquals(20, days.getHistoryDays());
    assertFalse(days.isWatchedSinceOpening());
    assertTrue(new AccountFact("A", young, first, first + 3 * day).isWatchedSinceOpening());
    assertEquals(0, new AccountFact("A", null, 0, first).getHistoryDays(), "no payment seen yet");
  }
}

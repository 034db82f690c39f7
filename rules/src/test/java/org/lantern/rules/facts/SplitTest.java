package org.lantern.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lantern.rules.Payments.at;
import static org.lantern.rules.Payments.cashDeposit;
import static org.lantern.rules.Payments.p2p;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.schema.Channel;
import org.lantern.schema.Payment;

class SplitTest {
  @Test
  void daysWhosePaymentsEachStayUnderTheThresholdButTogetherReachItAreSplit() {
    List<Payment> deposits = List.of(
        cashDeposit("a", "A", "6000", at(1, "10:00"), "BR-1"), cashDeposit("b", "A", "5500", at(1, "14:00"), "BR-2"),
        cashDeposit("c", "A", "4000", at(3, "10:00"), "BR-1"), cashDeposit("d", "A", "4000", at(3, "15:00"), "BR-1"),
        cashDeposit("e", "A", "9000", at(5, "10:00"), "BR-1"), cashDeposit("f", "A", "12000", at(5, "11:00"), "BR-1"));
    // Day 1 splits 11,500; day 3 totals 8,000; day 5 has one deposit under the threshold and one over it.
    Split s = Split.of(deposits, 10_000, "CASH_DEPOSIT");
    assertEquals(1, s.getDays());
    assertEquals(2, s.getPayments().size(), "the payments of the split day are the evidence");
    assertEquals(2, Split.of(deposits, 8_000, "CASH_DEPOSIT").getDays());
  }

  @Test
  void onlyTheNamedChannelsCountAndSplitsOfTwoInstrumentsAddUp() {
    Payment mo1 = p2p("m1", "A", "mo", "2600", at(2, "10:00"));
    mo1.setChannel(Channel.MONEY_TRANSFER);
    Payment mo2 = p2p("m2", "A", "mo", "2700", at(2, "15:00"));
    mo2.setChannel(Channel.MONEY_TRANSFER);
    Payment cash = cashDeposit("c1", "A", "2900", at(2, "11:00"), "BR-1");
    Payment load1 = p2p("l1", "A", "card", "900", at(4, "10:00"));
    load1.setChannel(Channel.PREPAID_CARD);
    Payment load2 = p2p("l2", "A", "card", "850", at(4, "12:00"));
    load2.setChannel(Channel.PREPAID_CARD);
    List<Payment> all = List.of(mo1, mo2, cash, load1, load2);
    assertEquals(1, Split.of(all, 3_000, "MONEY_TRANSFER,CHECK").getPayments().size() / 2, "the cash of day 2 is left out");
    Split both = Split.of(all, 3_000, "MONEY_TRANSFER,CHECK").plus(Split.of(all, 1_000, "PREPAID_CARD"));
    assertEquals(2, both.getDays());
    assertEquals("3000.00 (CHECK, MONEY_TRANSFER); 1000.00 (PREPAID_CARD)", both.getThresholds());
  }
}

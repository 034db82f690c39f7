package org.lantern.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lantern.rules.Payments.at;
import static org.lantern.rules.Payments.p2p;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

class FanInTest {
  static FanIn fanIn(List<Payment> in, List<Payment> out, Payment forward) {
    return fanIn(in, out, forward, 7);
  }

  static FanIn fanIn(List<Payment> in, List<Payment> out, Payment forward, int creditDays) {
    return FanIn.of(new Window("in", Duration.ofDays(60), Role.PAYEE, false, new ArrayList<>(in)),
        new Window("out", Duration.ofDays(60), Role.PAYER, true, new ArrayList<>(out)), forward, 7, creditDays, 8);
  }

  @Test
  void instalmentsToOneBeneficiaryCountTogetherAgainstTheCreditsBehindTheFirst() {
    List<Payment> in = new ArrayList<>();
    in.add(p2p("old", "s0", "H", "5000", at(1, "10:00")));
    for (int i = 1; i <= 9; i++) {
      in.add(p2p("c" + i, "s" + i, "H", "1000", at(8 + i % 4, "12:00")));
    }
    Payment longBefore = p2p("f0", "H", "B", "6000", at(2, "09:00"));
    Payment first = p2p("f1", "H", "B", "4000", at(10, "09:00"));
    Payment second = p2p("f2", "H", "B", "4100", at(13, "15:00"));
    FanIn f = fanIn(in, List.of(longBefore, first, second), second);
    assertEquals("B", f.getBeneficiary());
    assertEquals(9, f.getSenders(), "credits from seven days before the first instalment, not the 5,000 on day 1");
    assertEquals(0, f.getCredited().compareTo(new BigDecimal("9000")));
    assertEquals(0, f.getForwarded().compareTo(new BigDecimal("8100")), "both instalments, not the payment on day 2");
    assertFalse(f.isBeneficiarySent());
    assertFalse(f.isRecurring(), "6,000 before is neither the 4,100 nor the 8,100");
    assertEquals(0.9, f.getShare(), 1e-9);
  }

  @Test
  void aPaymentOfAboutTheSameAmountToTheSameBeneficiaryBeforeIsARecurringBill() {
    List<Payment> in = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      in.add(p2p("c" + i, "s" + i, "H", "150", at(30 + i % 3, "12:00")));
    }
    Payment lastMonth = p2p("r1", "H", "L", "1300", at(3, "09:00"));
    Payment rent = p2p("r2", "H", "L", "1300", at(33, "09:00"));
    assertTrue(fanIn(in, List.of(lastMonth, rent), rent).isRecurring());
  }

  @Test
  void aPotPaidToOneOfTheMembersIsPaidToASender() {
    List<Payment> in = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      in.add(p2p("c" + i, "m" + i, "H", "200", at(5, String.format("%02d:00", 8 + i))));
    }
    Payment pot = p2p("pot", "H", "m4", "2000", at(6, "12:00"));
    assertTrue(fanIn(in, List.of(pot), pot).isBeneficiarySent());
  }

  @Test
  void aForwardSpreadOverBeneficiariesCountsWholeButBillsAndRepaymentsDoNot() {
    List<Payment> in = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      in.add(p2p("c" + i, "s" + i, "H", "1000", at(20 + i % 3, "12:00")));
    }
    Payment rentBefore = p2p("r1", "H", "L", "1500", at(1, "09:00"));
    Payment rent = p2p("r2", "H", "L", "1500", at(22, "09:00"));
    Payment loanBack = p2p("b1", "H", "s3", "900", at(23, "09:00"));
    Payment toX = p2p("x1", "H", "X", "4000", at(23, "10:00"));
    Payment toY = p2p("y1", "H", "Y", "3500", at(24, "10:00"));
    FanIn f = fanIn(in, List.of(rentBefore, rent, loanBack, toX, toY), toY);
    assertEquals("Y, X", f.getBeneficiary());
    assertEquals(0, f.getForwarded().compareTo(new BigDecimal("7500")), "rent and money back to a sender are left out");
    assertEquals(0.75, f.getShare(), 1e-9);
  }

  @Test
  void sendersWhoPaidBeforeTheRoundAreNotNew() {
    List<Payment> in = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      in.add(p2p("old" + i, "c" + i, "H", "150", at(2, "12:00")));
      in.add(p2p("new" + i, "c" + (i + (i > 6 ? 10 : 0)), "H", "150", at(20, String.format("%02d:00", 8 + i))));
    }
    Payment out = p2p("f", "H", "B", "1400", at(21, "09:00"));
    FanIn f = fanIn(in, List.of(out), out);
    assertEquals(10, f.getSenders());
    assertEquals(4, f.getNewSenders(), "c1-c6 paid on day 2 too");
  }

  @Test
  void anEarlierRoundToTheSameBeneficiaryIsNoBill() {
    List<Payment> in = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      in.add(p2p("a" + i, "s" + i, "H", "1300", at(3, String.format("%02d:00", 8 + i))));
      in.add(p2p("b" + i, "t" + i, "H", "1350", at(40, String.format("%02d:00", 8 + i))));
    }
    Payment first = p2p("f1", "H", "B", "13000", at(5, "09:00"));
    Payment second = p2p("f2", "H", "B", "13400", at(42, "09:00"));
    FanIn f = fanIn(in, List.of(first, second), second);
    assertFalse(f.isRecurring(), "13,000 to B before followed ten senders: a round, not rent");
    assertEquals(10, f.getNewSenders());
  }

  @Test
  void aCollectionOfTenDaysCountsWholeWhenCreditsAreTakenTenDaysBack() {
    List<Payment> in = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      in.add(p2p("c" + i, "s" + i, "H", "1000", at(11 + i, "12:00")));
    }
    Payment out = p2p("f", "H", "B", "9000", at(21, "09:00"));
    assertEquals(0, fanIn(in, List.of(out), out, 7).getCredited().compareTo(new BigDecimal("7000")),
        "a week before the forward: the credits of days 14 to 20");
    FanIn f = fanIn(in, List.of(out), out, 10);
    assertEquals(10, f.getSenders());
    assertEquals(0.9, f.getShare(), 1e-9);
  }

  @Test
  void theLargestSendersPartOfTheCreditsIsMeasured() {
    List<Payment> in = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      in.add(p2p("c" + i, "s" + i, "H", "50", at(20, String.format("%02d:00", 8 + i))));
    }
    in.add(p2p("big", "s1", "H", "4550", at(21, "08:00")));
    Payment out = p2p("f", "H", "B", "4000", at(22, "09:00"));
    FanIn f = fanIn(in, List.of(out), out);
    assertEquals(9, f.getSenders());
    assertEquals(0.92, f.getTopSenderShare(), 1e-9, "s1's 4,600 of 5,000");
  }
}

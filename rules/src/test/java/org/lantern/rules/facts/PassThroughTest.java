package org.lantern.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lantern.rules.Payments.at;
import static org.lantern.rules.Payments.base;
import static org.lantern.rules.Payments.p2p;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.schema.Channel;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

class PassThroughTest {
  static Payment wage(String id, Instant t, String amount) {
    return base(id, t, amount, Channel.ACH).setPayerAccountId("EMP").setPayeeAccountId("W").setMemo("WAGES").build();
  }

  static List<PassThrough> flows(List<Payment> in, List<Payment> out) {
    return PassThrough.of(new Window("in", Duration.ofDays(60), Role.PAYEE, true, new ArrayList<>(in)),
        new Window("out", Duration.ofDays(60), Role.PAYER, false, new ArrayList<>(out)), 0.6, 1.2, 48);
  }

  @Test
  void eachCreditFollowedByMostOfItToOneAccountIsACycle() {
    List<PassThrough> f = flows(
        List.of(wage("w1", at(1, "07:00"), "1000"), wage("w2", at(15, "07:00"), "1000"), wage("w3", at(29, "07:00"), "1000")),
        List.of(p2p("f1", "W", "C", "800", at(1, "15:00")), p2p("f2", "W", "C", "700", at(15, "15:00")),
            p2p("late", "W", "C", "900", at(32, "15:00"))));
    assertEquals(1, f.size());
    assertEquals("C", f.get(0).getBeneficiary());
    assertEquals(2, f.get(0).getCycles(), "the third transfer came after 48 hours");
    assertEquals(0.75, f.get(0).getShare(), 1e-9);
  }

  @Test
  void aTransferCountsForOneCreditOnlyAndRentIsNoShareOfEachWage() {
    List<PassThrough> f = flows(
        List.of(wage("job1", at(1, "07:00"), "1200"), wage("job2", at(1, "07:05"), "800")),
        List.of(p2p("f1", "W", "C", "1000", at(1, "15:00")), p2p("rent", "W", "L", "400", at(1, "16:00"))));
    assertEquals(1, f.size(), f.toString());
    assertEquals(1, f.get(0).getCycles(), "two jobs paid on one day are not two cycles");
    assertTrue(f.stream().noneMatch(x -> x.getBeneficiary().equals("L")));
  }

  @Test
  void aTransferFarLargerThanWhatJustCameInPassesNothingOn() {
    // Small gifts come in; the rent and a car payment go out from savings, each far above them.
    List<PassThrough> f = flows(
        List.of(p2p("g1", "F", "W", "40", at(1, "10:00")), p2p("g2", "F", "W", "30", at(2, "10:00")),
            p2p("g3", "F", "W", "50", at(9, "10:00"))),
        List.of(p2p("rent", "W", "L", "1300", at(2, "18:00")), p2p("car", "W", "D", "450", at(9, "12:00")),
            p2p("share", "W", "D", "55", at(9, "13:00"))));
    assertTrue(f.stream().noneMatch(x -> x.getBeneficiary().equals("L")), f.toString());
    assertTrue(f.stream().noneMatch(x -> x.getBeneficiary().equals("D")), "450 + 55 is ten times the 50 that came in");
  }

  @Test
  void takingsOfSeveralCreditsSweptAtOnceAreOneCycle() {
    List<PassThrough> f = flows(
        List.of(p2p("b1", "X", "W", "200", at(1, "12:00")), p2p("b2", "Y", "W", "150", at(1, "16:00")),
            p2p("b3", "Z", "W", "250", at(1, "20:00"))),
        List.of(p2p("sweep", "W", "C", "540", at(2, "02:00"))));
    assertEquals(1, f.size());
    assertEquals(1, f.get(0).getCycles());
    assertEquals("C", f.get(0).getBeneficiary());
  }

  static List<PassThrough> anyWay(List<Payment> in, List<Payment> out) {
    return PassThrough.anyWay(new Window("in", Duration.ofDays(60), Role.PAYEE, false, new ArrayList<>(in)),
        new Window("out", Duration.ofDays(60), Role.PAYER, true, new ArrayList<>(out)), 0.8, 1.2, 48);
  }

  static Payment cash(String id, String amount, Instant t) {
    return base(id, t, amount, Channel.CASH_WITHDRAWAL).setPayerAccountId("W").build();
  }

  @Test
  void anyWayAddsUpEveryChannelAndEveryBeneficiary() {
    List<PassThrough> f = anyWay(
        List.of(p2p("c1", "S1", "W", "4000", at(1, "20:00")), p2p("c2", "S2", "W", "3000", at(10, "20:00"))),
        List.of(cash("a1", "1400", at(2, "09:00")), p2p("x1", "W", "X1", "2000", at(3, "12:00")),
            cash("a2", "1000", at(11, "09:00")), p2p("x2", "W", "X2", "1500", at(12, "12:00"))));
    assertEquals(1, f.size(), f.toString());
    assertEquals(2, f.get(0).getCycles(), "no single beneficiary got 80%, all of it together did");
    assertEquals("cash, X1, X2", f.get(0).getBeneficiary());
    assertEquals(5900.0 / 7000, f.get(0).getShare(), 1e-9);
  }

  @Test
  void anyWayLeavesOutMoneyBackToASenderAndStandingOrders() {
    List<PassThrough> loan = anyWay(
        List.of(p2p("c1", "F", "W", "1500", at(1, "10:00")), p2p("c2", "F", "W", "1500", at(20, "10:00"))),
        List.of(p2p("r1", "W", "F", "1500", at(2, "10:00")), p2p("r2", "W", "F", "1500", at(21, "10:00"))));
    assertTrue(loan.isEmpty(), "repaying the lender is not passing the money on");
    List<PassThrough> order = anyWay(
        List.of(p2p("c1", "E", "W", "1400", at(1, "06:00")), p2p("c2", "E", "W", "1390", at(15, "06:00")),
            p2p("c3", "E", "W", "1402", at(29, "06:00"))),
        List.of(p2p("b1", "W", "EXCH", "1219.10", at(1, "14:00")), p2p("b2", "W", "EXCH", "1219.10", at(15, "14:00")),
            p2p("b3", "W", "EXCH", "1219.10", at(29, "14:00"))));
    assertEquals(1, order.stream().mapToInt(PassThrough::getCycles).sum(), "only the first of a fixed recurring buy counts");
  }

  @Test
  void cashDrawnOutAfterEachWageIsCountedPerWagePayer() {
    Payment other = base("o1", at(8, "07:00"), "900", Channel.ACH).setPayerAccountId("EMP2").setPayeeAccountId("W")
        .setMemo("WAGES").build();
    List<Payment> wages = List.of(wage("w1", at(1, "07:00"), "600"), wage("w2", at(8, "06:00"), "600"), other,
        wage("w3", at(15, "07:00"), "600"));
    // A third to a half of each of EMP's wages withdrawn within hours; the second job's pay stays put.
    List<Payment> cash = new ArrayList<>();
    for (Object[] w : new Object[][] {{"c1", 1, "300"}, {"c2", 8, "200"}, {"c3", 15, "250"}, {"c4", 20, "200"}}) {
      cash.add(base((String) w[0], at((Integer) w[1], "09:00"), (String) w[2], Channel.CASH_WITHDRAWAL)
          .setPayerAccountId("W").build());
    }
    List<PassThrough> f = PassThrough.cashedOut(new Window("in", Duration.ofDays(60), Role.PAYEE, true, new ArrayList<>(wages)),
        new Window("cash", Duration.ofDays(60), Role.PAYER, false, cash), 0.3, 1.2, 24);
    assertEquals(1, f.size(), f.toString());
    assertEquals("EMP", f.get(0).getBeneficiary());
    assertEquals(3, f.get(0).getCycles(), "the withdrawal five days after a wage is not part of it");
  }
}

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
}

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
        new Window("out", Duration.ofDays(60), Role.PAYER, false, new ArrayList<>(out)), 0.6, 48);
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
}

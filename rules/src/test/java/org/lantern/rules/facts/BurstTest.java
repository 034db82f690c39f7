package org.lantern.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lantern.rules.Payments.at;
import static org.lantern.rules.Payments.p2p;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

class BurstTest {
  static Payment sent(String id, String to, String amount, int day, String time, String payee) {
    Payment p = p2p(id, "A", to, amount, at(day, time));
    p.setPayerName("Rosa Reyes");
    p.setPayeeName(payee);
    return p;
  }

  static Burst burst(List<Payment> out, Payment last) {
    return Burst.of(new Window("out", Duration.ofDays(30), Role.PAYER, true, new ArrayList<>(out)), last, 72);
  }

  @Test
  void paymentsToOneRecipientWithinTheHoursRiseFromFirstToLast() {
    Payment a = sent("a", "ph-1", "54", 7, "16:00", "Maria Garcia");
    Payment other = sent("o", "ph-2", "500", 7, "18:00", "Ana Cruz");
    Payment b = sent("b", "ph-1", "143", 7, "21:00", "Maria Garcia");
    Payment c = sent("c", "ph-1", "355", 9, "23:00", "Maria Garcia");
    Burst x = burst(List.of(a, other, b, c), c);
    assertEquals(3, x.getCount(), "the payment to another recipient is not in the burst");
    assertTrue(x.isNewRecipient());
    assertFalse(x.isRelative());
    assertTrue(x.isLastLargest());
    assertEquals(355.0 / 54, x.getEscalation(), 1e-9);
  }

  @Test
  void aRecipientPaidBeforeTheHoursIsNotNewAndOneOfTheSameSurnameIsFamily() {
    Payment before = sent("p", "ph-1", "60", 1, "10:00", "Jun Reyes");
    Payment a = sent("a", "ph-1", "55", 7, "10:00", "Jun Reyes");
    Payment b = sent("b", "ph-1", "40", 8, "10:00", "Jun Reyes");
    Burst x = burst(List.of(before, a, b), b);
    assertFalse(x.isNewRecipient(), "paid on day 1, four days before the 72 hours");
    assertTrue(x.isRelative());
    assertFalse(x.isLastLargest());
  }
}

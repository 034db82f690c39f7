package org.lantern.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lantern.rules.Payments.at;
import static org.lantern.rules.Payments.cashDeposit;
import static org.lantern.rules.Payments.p2p;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.rules.Payments;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

class WindowAggregatesTest {
  static Window window(Role role, List<Payment> payments) {
    return new Window("w", Duration.ofDays(30), role, true, new ArrayList<>(payments));
  }

  @Test
  void unrelatedCounterpartiesAreThoseWithoutTheHoldersSurname() {
    List<Payment> sent = new ArrayList<>();
    for (String[] to : List.of(new String[] {"ph-1", "Lina Reyes"}, new String[] {"ph-2", "Jose REYES"},
        new String[] {"ph-3", "Maria Santos"}, new String[] {"ph-4", "Joy Cruz"})) {
      Payment p = p2p("t-" + to[0], "A", to[0], "40", at(2, "23:00"));
      p.setPayerName("Rosa Reyes");
      p.setPayeeName(to[1]);
      sent.add(p);
    }
    Window w = window(Role.PAYER, sent);
    assertEquals(4, w.getDistinctCounterparties());
    assertEquals(2, w.getUnrelatedCounterparties());
  }

  @Test
  void maxInOneCityCountsThePaymentsOfTheBusiestCity() {
    List<Payment> stays = new ArrayList<>();
    String[] cities = {"Miami", "Miami", "Houston", "Miami"};
    for (int i = 0; i < cities.length; i++) {
      Payment p = cashDeposit("s" + i, "A", "100", at(i + 1, "12:00"), null);
      p.setCity(cities[i]);
      stays.add(p);
    }
    assertEquals(3, window(Role.PAYEE, stays).getMaxInOneCity());
  }

  @Test
  void staysCountNightlyBillsAtOneHotelOnceAndSeparateVisitsApart() {
    List<Payment> bills = new ArrayList<>();
    // Four nights at one motel billed nightly (one stay), then two later one-night stays there, one at another.
    int[] days = {1, 2, 3, 4, 10, 17};
    for (int i = 0; i < days.length; i++) {
      bills.add(Payments.card("m" + i, "A", "90", at(days[i], "23:00"), "7011", "MOTEL 8"));
    }
    bills.add(Payments.card("o", "A", "95", at(12, "23:00"), "7011", "CITY INN"));
    bills.sort(Comparator.comparingLong(Payment::getTimestamp));
    assertEquals(4, window(Role.PAYER, bills).getMaxStaysInOneCity());
    assertEquals(7, window(Role.PAYER, bills).getMaxInOneCity());
  }

  @Test
  void largestCounterpartyKeepsThePaymentsOfWhoeverGotTheMostMoney() {
    // B is paid most often, C gets the most money: C's two payments are what the narrowed window holds.
    List<Payment> sent = new ArrayList<>(List.of(p2p("1", "A", "B", "300", at(1, "10:00")),
        p2p("2", "A", "C", "4000", at(2, "10:00")), p2p("3", "A", "B", "300", at(3, "10:00")),
        p2p("4", "A", "B", "300", at(4, "10:00")), p2p("5", "A", "C", "2500", at(5, "10:00"))));
    Window top = window(Role.PAYER, sent).largestCounterparty();
    assertEquals("B", window(Role.PAYER, sent).getTopCounterparty());
    assertEquals(List.of("2", "5"), top.getPayments().stream().map(Payment::getTransactionId).toList());
    assertEquals(0, new BigDecimal("6500").compareTo(top.getSum()));
    assertEquals("C", top.getTopCounterparty());
    assertEquals(0, window(Role.PAYER, List.of()).largestCounterparty().getCount());
  }

  @Test
  void spanDaysRunsFromTheFirstPaymentToTheLastWhateverTheirOrder() {
    assertEquals(3, window(Role.PAYER, List.of(p2p("1", "A", "B", "300", at(4, "11:00")),
        p2p("2", "A", "B", "300", at(1, "10:00")), p2p("3", "A", "B", "300", at(3, "10:00")))).getSpanDays());
    assertEquals(0, window(Role.PAYER, List.of(p2p("1", "A", "B", "300", at(4, "09:00")))).getSpanDays());
    assertEquals(0, window(Role.PAYER, List.of()).getSpanDays());
  }
}

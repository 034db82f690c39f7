package org.lantern.rules.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lantern.rules.Payments.at;
import static org.lantern.rules.Payments.card;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lantern.rules.facts.Params;
import org.lantern.rules.facts.Window;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

class AccountWindowsTest {
  static final Params PARAMS = new Params(Map.of(
      "window.cards.side", "PAYER", "window.cards.length", "14d", "window.cards.channels", "CARD", "window.cards.capacity", "4",
      "window.hotels.side", "PAYER", "window.hotels.length", "14d", "window.hotels.mccs", "7011"));
  static final String RULE = String.join("\n",
      "rule \"cities\" when",
      "  $h : Window(name == \"hotels\", triggered == true)",
      "  $c : Window(name == \"cards\")",
      "then end");
  static final AccountWindows WINDOWS = new AccountWindows(new FeatureCatalogue(PARAMS),
      WindowUse.of(List.of(RULE), Set.of("cards", "hotels")), Duration.ofMinutes(10));

  /** An in-memory store that counts reads, to show which payments read nothing. */
  static final class CountingStore implements WindowStore {
    final WindowStore inner = WindowStore.inMemory();
    int reads;

    @Override
    public List<Payment> read(String window) {
      reads++;
      return inner.read(window);
    }

    @Override
    public void write(String window, List<Payment> payments) {
      inner.write(window, payments);
    }

    @Override
    public void append(String window, Payment payment) {
      inner.append(window, payment);
    }

    @Override
    public int size(String window) {
      return inner.size(window);
    }

    @Override
    public List<String> names() {
      return inner.names();
    }
  }

  static AccountWindows.Update enter(CountingStore store, Payment p) {
    return WINDOWS.update(store, p.getTimestamp(), Role.PAYER, p, null);
  }

  @Test
  void contextPaymentsAreAppendedUnreadAndCompactedOnceTheyDoubleTheCapacity() {
    CountingStore store = new CountingStore();
    for (int i = 1; i <= 7; i++) {
      assertEquals(List.of(), enter(store, card("c" + i, "A", "20", at(i, "12:00"), "5812", "Diner")).facts());
    }
    assertEquals(0, store.reads, "no rule fires on a card payment: nothing is read");
    assertEquals(7, store.size("cards"));
    enter(store, card("c8", "A", "20", at(8, "12:00"), "5812", "Diner"));
    assertEquals(1, store.reads, "the eighth append (twice the capacity) compacts");
    assertEquals(4, store.size("cards"));
  }

  @Test
  void aTriggerPaymentReadsItsCompanionsInTimeOrderWithRepeatsCountedOnce() {
    CountingStore store = new CountingStore();
    enter(store, card("c2", "A", "20", at(2, "12:00"), "5812", "Diner"));
    enter(store, card("c1", "A", "20", at(1, "12:00"), "5812", "Diner"));
    enter(store, card("c2", "A", "20", at(2, "12:00"), "5812", "Diner"));
    AccountWindows.Update u = enter(store, card("h1", "A", "120", at(3, "20:00"), "7011", "Inn"));
    assertFalse(u.repeat());
    Window cards = u.facts().stream().filter(w -> w.getName().equals("cards")).findFirst().orElseThrow();
    assertEquals(List.of("c1", "c2", "h1"), cards.getPayments().stream().map(Payment::getTransactionId).toList());
    assertTrue(cards.isTriggered(), "the hotel payment, by card, entered it too");
    assertTrue(u.facts().stream().anyMatch(w -> w.getName().equals("hotels") && w.isTriggered()));
    assertEquals(3, store.size("cards"), "the read rewrote the window without the repeat");
  }

  @Test
  void aPaymentAlreadyHeldByATriggerWindowItEntersIsARepeat() {
    CountingStore store = new CountingStore();
    enter(store, card("h1", "A", "120", at(3, "20:00"), "7011", "Inn"));
    assertTrue(enter(store, card("h1", "A", "120", at(3, "20:00"), "7011", "Inn")).repeat());
  }

  @Test
  void pruningDropsWhatNoWindowCanReadAgain() {
    CountingStore store = new CountingStore();
    enter(store, card("c1", "A", "20", at(1, "12:00"), "5812", "Diner"));
    assertFalse(WINDOWS.prune(store, at(10, "00:00").toEpochMilli()));
    assertTrue(WINDOWS.prune(store, at(16, "00:00").toEpochMilli()));
    assertEquals(List.of(), store.names());
  }
}

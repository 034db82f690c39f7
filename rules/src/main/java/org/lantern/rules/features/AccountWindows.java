package org.lantern.rules.features;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.rules.facts.Money;
import org.lantern.rules.facts.Window;
import org.lantern.schema.Account;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * Updates an account's feature windows with one payment side and returns, as facts, the windows
 * rules read when the payment enters one of their trigger windows ({@link WindowUse}), as of the
 * account's newest time. A payment that enters only windows no rule fires on is appended without
 * reading anything (a card payment adds to the cities window; only a hotel payment reads it).
 * Work per payment is bounded by the windows it reads and their capacity, never by the account's
 * history.
 *
 * <p>Event-time order is not assumed: a payment up to {@code allowedLateness} behind the newest
 * one seen is placed where it belongs, and windows are evaluated as of the newest time seen, so a
 * late payment that completes a pattern still fires it, with the same evidence as in order.
 */
public final class AccountWindows {
  private final Duration allowedLateness;
  /** The windows some rule reads, in catalogue order: the only ones kept. */
  private final List<FeatureDefinition> kept;
  /** Per kept window, the windows to read when a payment enters it (empty: append only). */
  private final Map<FeatureDefinition, Set<FeatureDefinition>> readOnEntry = new HashMap<>();
  private final Map<String, FeatureDefinition> byName = new HashMap<>();
  private final Duration longestKept;

  /**
   * The windows a payment side sees, or {@code repeat} when a window it enters already holds its
   * transaction id; {@code perCustomer} when it entered a window pooled over the customer's accounts.
   */
  public record Update(boolean repeat, List<Window> facts, boolean perCustomer) {}

  public AccountWindows(FeatureCatalogue catalogue, WindowUse use, Duration allowedLateness) {
    this.allowedLateness = allowedLateness;
    this.kept = catalogue.windows().stream().filter(def -> use.read(def.name())).toList();
    kept.forEach(def -> byName.put(def.name(), def));
    for (FeatureDefinition def : kept) {
      Set<FeatureDefinition> read = new HashSet<>();
      use.readOnEntry(def.name()).forEach(name -> read.add(byName.get(name)));
      readOnEntry.put(def, read);
    }
    this.longestKept = kept.stream().map(FeatureDefinition::length).max(Duration::compareTo).orElse(Duration.ZERO);
  }

  /**
   * Adds the account's side {@code role} of {@code payment} to the windows it qualifies for.
   *
   * @param latest the account's newest event time, this payment included
   */
  public Update update(WindowStore store, long latest, Role role, Payment payment, Account kyc) {
    BigDecimal amount = Money.of(payment);
    long t = payment.getTimestamp();
    Set<FeatureDefinition> entered = new HashSet<>();
    Set<FeatureDefinition> toRead = new HashSet<>();
    for (FeatureDefinition def : kept) {
      if (t > latest - def.length().toMillis() && def.qualifies(payment, amount, role, kyc)) {
        entered.add(def);
        toRead.addAll(readOnEntry.get(def));
      }
    }
    if (entered.isEmpty()) {
      return new Update(false, List.of(), false);
    }
    Map<FeatureDefinition, List<Payment>> held = new LinkedHashMap<>();
    for (FeatureDefinition def : kept) {
      if (toRead.contains(def)) {
        List<Payment> payments = load(store, def.name());
        if (entered.contains(def) && holds(payments, payment.getTransactionId())) {
          return new Update(true, List.of(), false);
        }
        held.put(def, payments);
      }
    }
    for (FeatureDefinition def : kept) {
      if (entered.contains(def) && !toRead.contains(def)) {
        // No rule fires on this window now: append without reading, compact once it doubles.
        store.append(def.name(), payment);
        if (store.size(def.name()) >= 2 * def.capacity()) {
          List<Payment> payments = load(store, def.name());
          trim(payments, def, latest);
          store.write(def.name(), payments);
        }
      }
    }
    List<Window> facts = new ArrayList<>();
    held.forEach((def, payments) -> {
      boolean triggered = entered.contains(def);
      if (triggered) {
        insertInOrder(payments, payment);
      }
      trim(payments, def, latest);
      if (triggered || payments.size() != store.size(def.name())) {
        store.write(def.name(), payments);
      }
      List<Payment> inWindow = slice(payments, latest - def.length().toMillis(), latest);
      if (!inWindow.isEmpty()) {
        facts.add(new Window(def.name(), def.length(), def.role(), triggered, inWindow));
      }
    });
    return new Update(false, facts, entered.stream().anyMatch(FeatureDefinition::perCustomer));
  }

  /** A window's payments in time order, each transaction once (appends may repeat or arrive late). */
  private static List<Payment> load(WindowStore store, String window) {
    List<Payment> kept = store.read(window);
    kept.sort(Comparator.comparingLong(Payment::getTimestamp));
    Set<String> ids = new HashSet<>();
    kept.removeIf(p -> !ids.add(p.getTransactionId()));
    return kept;
  }

  /** Keeps the newest {@code capacity} payments that are still within reach of {@code latest}. */
  private void trim(List<Payment> kept, FeatureDefinition def, long latest) {
    if (kept.size() > def.capacity()) {
      kept.subList(0, kept.size() - def.capacity()).clear();
    }
    long horizon = latest - def.length().toMillis() - allowedLateness.toMillis();
    kept.removeIf(p -> p.getTimestamp() <= horizon);
  }

  /**
   * Drops every payment no window can read again once event time has reached {@code now}, and
   * windows the rulebook no longer reads.
   *
   * @return true when no window holds anything any more
   */
  public boolean prune(WindowStore store, long now) {
    boolean empty = true;
    for (String name : store.names()) {
      FeatureDefinition def = byName.get(name);
      List<Payment> payments = load(store, name);
      int before = store.size(name);
      if (def == null) {
        payments.clear();
      } else {
        trim(payments, def, now);
      }
      if (payments.size() != before) {
        store.write(name, payments);
      }
      empty &= payments.isEmpty();
    }
    return empty;
  }

  /** The windows kept: those some rule reads. */
  public List<FeatureDefinition> windows() {
    return kept;
  }

  /** How long after a payment's time it can still be read: the longest window a rule reads, plus lateness. */
  public Duration retention() {
    return longestKept.plus(allowedLateness);
  }

  private static boolean holds(List<Payment> kept, String transactionId) {
    for (Payment p : kept) {
      if (p.getTransactionId().equals(transactionId)) {
        return true;
      }
    }
    return false;
  }

  private static void insertInOrder(List<Payment> kept, Payment payment) {
    int i = kept.size();
    while (i > 0 && kept.get(i - 1).getTimestamp() > payment.getTimestamp()) {
      i--;
    }
    kept.add(i, payment);
  }

  /** Payments with time in (from, to]. */
  private static List<Payment> slice(List<Payment> kept, long from, long to) {
    List<Payment> out = new ArrayList<>(kept.size());
    for (Payment p : kept) {
      long ts = p.getTimestamp();
      if (ts > from && ts <= to) {
        out.add(p);
      }
    }
    return out;
  }
}

package org.lantern.rules.features;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.lantern.rules.facts.Money;
import org.lantern.rules.facts.Window;
import org.lantern.schema.Account;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.AccountState;
import org.lantern.schema.internal.Role;

/**
 * Updates an account's feature windows with one payment side and returns the windows as facts,
 * as of that payment's time. Windows hold only qualifying payments, so the work per payment is
 * bounded by the catalogue size and window capacity, never by the account's history.
 *
 * <p>Event-time order is not assumed: a payment up to {@code allowedLateness} behind the newest
 * one seen is placed where it belongs, and windows are evaluated as of the newest time seen, so a
 * late payment that completes a pattern still fires it, with the same evidence as in order.
 */
public final class AccountWindows {
  private final FeatureCatalogue catalogue;
  private final Duration allowedLateness;

  public AccountWindows(FeatureCatalogue catalogue, Duration allowedLateness) {
    this.catalogue = catalogue;
    this.allowedLateness = allowedLateness;
  }

  /** Adds {@code payment} to the windows it qualifies for; returns every non-empty window. */
  public List<Window> update(AccountState state, Role role, Payment payment) {
    Account kyc = state.getProfile();
    BigDecimal amount = Money.of(payment);
    long t = payment.getTimestamp();
    long latest = Math.max(state.getLatestEventTime(), t);
    state.setLatestEventTime(latest);
    Map<String, List<Payment>> windows = state.getWindows();
    List<Window> facts = new ArrayList<>();
    for (FeatureDefinition def : catalogue.windows()) {
      List<Payment> kept = editable(windows, def.name());
      boolean triggered =
          def.qualifies(payment, amount, role, kyc) && t > latest - def.length().toMillis();
      if (triggered) {
        if (kept == null) {
          kept = new ArrayList<>();
          windows.put(def.name(), kept);
        }
        insertInOrder(kept, payment);
        while (kept.size() > def.capacity()) {
          kept.remove(0);
        }
      }
      if (kept == null) {
        continue;
      }
      long horizon = latest - def.length().toMillis() - allowedLateness.toMillis();
      kept.removeIf(p -> p.getTimestamp() <= horizon);
      if (kept.isEmpty()) {
        windows.remove(def.name());
        continue;
      }
      List<Payment> inWindow = slice(kept, latest - def.length().toMillis(), latest);
      if (!inWindow.isEmpty()) {
        facts.add(new Window(def.name(), def.length(), def.role(), triggered, inWindow));
      }
    }
    return facts;
  }

  /**
   * Drops every payment no window can read again once event time has reached {@code now}.
   *
   * @return true when no window holds anything any more
   */
  public boolean prune(AccountState state, long now) {
    Map<String, List<Payment>> windows = state.getWindows();
    for (FeatureDefinition def : catalogue.windows()) {
      List<Payment> kept = editable(windows, def.name());
      if (kept != null) {
        long horizon = now - def.length().toMillis() - allowedLateness.toMillis();
        kept.removeIf(p -> p.getTimestamp() <= horizon);
        if (kept.isEmpty()) {
          windows.remove(def.name());
        }
      }
    }
    return windows.isEmpty();
  }

  /** How long after a payment's time it can still be read: the longest window plus lateness. */
  public Duration retention() {
    return catalogue.longest().plus(allowedLateness);
  }

  /** State read back from Avro holds arrays that cannot remove through iterators: copy once. */
  private static List<Payment> editable(Map<String, List<Payment>> windows, String name) {
    List<Payment> kept = windows.get(name);
    if (kept != null && !(kept instanceof ArrayList)) {
      kept = new ArrayList<>(kept);
      windows.put(name, kept);
    }
    return kept;
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
    for (Iterator<Payment> it = kept.iterator(); it.hasNext(); ) {
      Payment p = it.next();
      long ts = p.getTimestamp();
      if (ts > from && ts <= to) {
        out.add(p);
      }
    }
    return out;
  }
}

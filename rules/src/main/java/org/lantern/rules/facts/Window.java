package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * One named feature window of the account under evaluation, as of the payment being evaluated:
 * the qualifying payments in (time - length, time] and aggregates over them. {@code triggered} is
 * true when the payment being evaluated is one of them, so a rule can fire on the payment that
 * brings a window over its threshold rather than on every later payment.
 */
public final class Window {
  private final String name;
  private final Duration length;
  private final boolean triggered;
  private final List<Payment> payments;
  private final BigDecimal sum;
  private final BigDecimal minAmount;
  private final BigDecimal maxAmount;
  private final int distinctCounterparties;
  private final int distinctLocations;
  private final int nightCount;

  public Window(String name, Duration length, Role role, boolean triggered, List<Payment> payments) {
    this.name = name;
    this.length = length;
    this.triggered = triggered;
    this.payments = List.copyOf(payments);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal min = null;
    BigDecimal max = null;
    Set<String> counterparties = new HashSet<>();
    Set<String> locations = new HashSet<>();
    int night = 0;
    for (Payment p : payments) {
      BigDecimal a = Money.of(p);
      total = total.add(a);
      min = min == null || a.compareTo(min) < 0 ? a : min;
      max = max == null || a.compareTo(max) > 0 ? a : max;
      String cp = counterparty(p, role);
      if (cp != null) {
        counterparties.add(cp);
      }
      String loc = p.getBranchId() != null ? p.getBranchId() : p.getCity();
      if (loc != null) {
        locations.add(loc);
      }
      if (isNight(p)) {
        night++;
      }
    }
    this.sum = total;
    this.minAmount = min == null ? BigDecimal.ZERO : min;
    this.maxAmount = max == null ? BigDecimal.ZERO : max;
    this.distinctCounterparties = counterparties.size();
    this.distinctLocations = locations.size();
    this.nightCount = night;
  }

  /** Who is on the other side of {@code p} for an account in {@code role}: account, else name. */
  public static String counterparty(Payment p, Role role) {
    if (role == Role.PAYEE) {
      return p.getPayerAccountId() != null ? p.getPayerAccountId() : p.getPayerName();
    }
    if (p.getPayeeAccountId() != null) {
      return p.getPayeeAccountId();
    }
    return p.getMerchantName() != null ? p.getMerchantName() : p.getPayeeName();
  }

  /** Local clock time between 22:00 and 06:00. */
  public static boolean isNight(Payment p) {
    long local = Math.floorDiv(p.getTimestamp(), 1000L) + p.getUtcOffsetSeconds();
    int hour = (int) Math.floorMod(local / 3600, 24L);
    return hour >= 22 || hour < 6;
  }

  public String getName() {
    return name;
  }

  public boolean isTriggered() {
    return triggered;
  }

  public int getCount() {
    return payments.size();
  }

  public BigDecimal getSum() {
    return sum;
  }

  public BigDecimal getMinAmount() {
    return minAmount;
  }

  public BigDecimal getMaxAmount() {
    return maxAmount;
  }

  public int getDistinctCounterparties() {
    return distinctCounterparties;
  }

  /** Distinct branches (or cities, where no branch is given). */
  public int getDistinctLocations() {
    return distinctLocations;
  }

  public int getNightCount() {
    return nightCount;
  }

  public double getNightShare() {
    return payments.isEmpty() ? 0 : (double) nightCount / payments.size();
  }

  public long getLengthDays() {
    return length.toDays();
  }

  public List<Payment> getPayments() {
    return payments;
  }

  public String getCurrency() {
    return payments.isEmpty() ? null : payments.get(payments.size() - 1).getCurrency();
  }
}

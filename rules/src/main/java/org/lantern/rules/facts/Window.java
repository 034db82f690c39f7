package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.type.ClassReactive;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * One named feature window of the account under evaluation, as of the payment being evaluated:
 * the qualifying payments in (time - length, time] and aggregates over them, computed on first
 * use (a rule reads a few of them; most windows are never asked). {@code triggered} is true when
 * the payment being evaluated is one of them, so a rule can fire on the payment that brings a
 * window over its threshold rather than on every later payment.
 */
@ClassReactive
public final class Window {
  private final String name;
  private final Duration length;
  private final Role role;
  private final boolean triggered;
  private final List<Payment> payments;
  private Aggregates agg;
  private int maxInOneCity = -1;
  private int unrelated = -1;

  /** @param payments the window's payments in time order; taken as they are, not copied (callers pass a fresh list) */
  public Window(String name, Duration length, Role role, boolean triggered, List<Payment> payments) {
    this.name = name;
    this.length = length;
    this.role = role;
    this.triggered = triggered;
    this.payments = Collections.unmodifiableList(payments);
  }

  private record Aggregates(BigDecimal sum, BigDecimal min, BigDecimal max, int counterparties,
      int repeatedCounterparties, int maxWithOneCounterparty, String topCounterparty, int locations, int cities,
      int countries, int holderNames, int mccs, int night, int tellerCodes) {}

  private Aggregates agg() {
    if (agg != null) {
      return agg;
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal min = null;
    BigDecimal max = null;
    Map<String, Integer> perCounterparty = new HashMap<>();
    Set<String> locations = new HashSet<>();
    Set<String> cities = new HashSet<>();
    Set<String> countries = new HashSet<>();
    Set<String> names = new HashSet<>();
    Set<String> mccs = new HashSet<>();
    Set<String> codes = new HashSet<>();
    int night = 0;
    for (Payment p : payments) {
      BigDecimal a = Money.of(p);
      total = total.add(a);
      min = min == null || a.compareTo(min) < 0 ? a : min;
      max = max == null || a.compareTo(max) > 0 ? a : max;
      String cp = counterparty(p, role);
      if (cp != null) {
        perCounterparty.merge(cp, 1, Integer::sum);
      }
      addIfPresent(locations, p.getBranchId() != null ? p.getBranchId() : p.getCity());
      addIfPresent(cities, p.getCity());
      addIfPresent(countries, role == Role.PAYEE ? p.getPayerCountry() : p.getPayeeCountry());
      addIfPresent(names, role == Role.PAYEE ? p.getPayeeName() : p.getPayerName());
      addIfPresent(mccs, p.getMerchantCategoryCode());
      codes.addAll(p.getTellerObservations());
      if (isNight(p)) {
        night++;
      }
    }
    int repeated = 0;
    int most = 0;
    String top = null;
    for (Map.Entry<String, Integer> e : perCounterparty.entrySet()) {
      repeated += e.getValue() >= 2 ? 1 : 0;
      // Ties go to the smaller id, so the answer does not depend on hash order.
      if (e.getValue() > most || (e.getValue() == most && e.getKey().compareTo(top) < 0)) {
        most = e.getValue();
        top = e.getKey();
      }
    }
    agg = new Aggregates(total, min == null ? BigDecimal.ZERO : min, max == null ? BigDecimal.ZERO : max,
        perCounterparty.size(), repeated, most, top, locations.size(), cities.size(), countries.size(), names.size(),
        mccs.size(), night, codes.size());
    return agg;
  }

  /** The last word of a name, lower case: what tells family members apart from strangers, as far as names can. */
  public static String surname(String name) {
    String t = name.trim().toLowerCase(Locale.ROOT);
    return t.substring(t.lastIndexOf(' ') + 1);
  }

  static void addIfPresent(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
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

  /** Seconds since the epoch on the local clock where the payment happened. */
  static long localSeconds(Payment p) {
    return Math.floorDiv(p.getTimestamp(), 1000L) + p.getUtcOffsetSeconds();
  }

  /** Local clock time between 22:00 and 06:00. */
  public static boolean isNight(Payment p) {
    int hour = (int) Math.floorMod(localSeconds(p) / 3600, 24L);
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
    return agg().sum();
  }

  public BigDecimal getMinAmount() {
    return agg().min();
  }

  public BigDecimal getMaxAmount() {
    return agg().max();
  }

  /** Distinct accounts (or names, where no account is given) on the other side. */
  public int getDistinctCounterparties() {
    return agg().counterparties();
  }

  /** Counterparties with at least two payments in the window. */
  public int getRepeatedCounterparties() {
    return agg().repeatedCounterparties();
  }

  /** The most payments with any one counterparty. */
  public int getMaxWithOneCounterparty() {
    return agg().maxWithOneCounterparty();
  }

  /** The counterparty with the most payments (ties: the smallest id), or null. */
  public String getTopCounterparty() {
    return agg().topCounterparty();
  }

  /** Distinct branches (or cities, where no branch is given). */
  public int getDistinctLocations() {
    return agg().locations();
  }

  public int getDistinctCities() {
    return agg().cities();
  }

  /** Distinct countries of the other side. */
  public int getDistinctCountries() {
    return agg().countries();
  }

  /** Distinct names written for the account's own side (e.g. beneficiaries named on credits). */
  public int getDistinctHolderNames() {
    return agg().holderNames();
  }

  public int getDistinctMccs() {
    return agg().mccs();
  }

  /** Distinct teller observation codes recorded on the payments. */
  public int getDistinctTellerCodes() {
    return agg().tellerCodes();
  }

  /**
   * This window narrowed to the counterparty with the most money in it (ties: the smaller id), so
   * a rule can weigh what one payee was paid, with only those payments as its evidence. It keeps
   * this window's {@code triggered}: test that on the window itself.
   */
  public Window largestCounterparty() {
    Map<String, BigDecimal> perCounterparty = new HashMap<>();
    for (Payment p : payments) {
      String cp = counterparty(p, role);
      if (cp != null) {
        perCounterparty.merge(cp, Money.of(p), BigDecimal::add);
      }
    }
    String top = null;
    BigDecimal most = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : perCounterparty.entrySet()) {
      int c = e.getValue().compareTo(most);
      if (top == null || c > 0 || (c == 0 && e.getKey().compareTo(top) < 0)) {
        most = e.getValue();
        top = e.getKey();
      }
    }
    List<Payment> theirs = new ArrayList<>();
    for (Payment p : payments) {
      if (top != null && top.equals(counterparty(p, role))) {
        theirs.add(p);
      }
    }
    return new Window(name, length, role, triggered, theirs);
  }

  /** Most payments made in one city (computed on first use: few rules ask). */
  public int getMaxInOneCity() {
    if (maxInOneCity < 0) {
      Map<String, Integer> perCity = new HashMap<>();
      int most = 0;
      for (Payment p : payments) {
        if (p.getCity() != null) {
          most = Math.max(most, perCity.merge(p.getCity(), 1, Integer::sum));
        }
      }
      maxInOneCity = most;
    }
    return maxInOneCity;
  }

  /**
   * Most separate stays in one city: payments at one merchant (the counterparty) on consecutive
   * days are one stay billed night by night, so a week's holiday is one stay, not seven.
   */
  public int getMaxStaysInOneCity() {
    Map<String, Integer> stays = new HashMap<>();
    Map<String, Long> lastAt = new HashMap<>();
    int most = 0;
    for (Payment p : payments) {
      if (p.getCity() == null) {
        continue;
      }
      String place = p.getCity() + "|" + counterparty(p, role);
      Long previous = lastAt.put(place, p.getTimestamp());
      if (previous == null || p.getTimestamp() - previous > 36 * 3_600_000L) {
        most = Math.max(most, stays.merge(p.getCity(), 1, Integer::sum));
      }
    }
    return most;
  }

  /**
   * Counterparties who share no surname with the account's own side as named on these payments:
   * not family, as far as names tell (computed on first use: few rules ask).
   */
  public int getUnrelatedCounterparties() {
    if (unrelated < 0) {
      Set<String> own = new HashSet<>();
      Map<String, String> names = new HashMap<>();
      for (Payment p : payments) {
        String ownName = role == Role.PAYEE ? p.getPayeeName() : p.getPayerName();
        if (ownName != null) {
          own.add(surname(ownName));
        }
        String cp = counterparty(p, role);
        if (cp != null) {
          names.putIfAbsent(cp, role == Role.PAYEE ? p.getPayerName() : p.getPayeeName());
        }
      }
      int n = 0;
      for (String name : names.values()) {
        n += name == null || !own.contains(surname(name)) ? 1 : 0;
      }
      unrelated = n;
    }
    return unrelated;
  }

  public int getNightCount() {
    return agg().night();
  }

  public double getNightShare() {
    return payments.isEmpty() ? 0 : (double) agg().night() / payments.size();
  }

  /** Whole days from the window's first payment to its last (0 for one payment or none): how long a habit has run. */
  public long getSpanDays() {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Payment p : payments) {
      first = Math.min(first, p.getTimestamp());
      last = Math.max(last, p.getTimestamp());
    }
    return payments.isEmpty() ? 0 : (last - first) / 86_400_000L;
  }

  public long getLengthDays() {
    return length.toDays();
  }

  public long getLengthHours() {
    return length.toHours();
  }

  public List<Payment> getPayments() {
    return payments;
  }

  public String getCurrency() {
    return payments.isEmpty() ? null : payments.get(payments.size() - 1).getCurrency();
  }
}

package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
      int countries, int holderNames, int mccs, int night, int tellerCodes, int maxInOneCity, int unrelated) {}

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
    Map<String, Integer> perCity = new HashMap<>();
    Map<String, String> counterpartyNames = new HashMap<>();
    for (Payment p : payments) {
      BigDecimal a = Money.of(p);
      total = total.add(a);
      min = min == null || a.compareTo(min) < 0 ? a : min;
      max = max == null || a.compareTo(max) > 0 ? a : max;
      String cp = counterparty(p, role);
      if (cp != null) {
        perCounterparty.merge(cp, 1, Integer::sum);
        counterpartyNames.putIfAbsent(cp, role == Role.PAYEE ? p.getPayerName() : p.getPayeeName());
      }
      if (p.getCity() != null) {
        perCity.merge(p.getCity(), 1, Integer::sum);
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
        mccs.size(), night, codes.size(), perCity.values().stream().mapToInt(Integer::intValue).max().orElse(0),
        unrelated(counterpartyNames, names));
    return agg;
  }

  /** Counterparties whose surname (last word of the name) is not the surname of any name the account's own side bears. */
  private static int unrelated(Map<String, String> counterpartyNames, Set<String> ownNames) {
    Set<String> own = new HashSet<>();
    ownNames.forEach(n -> own.add(surname(n)));
    int n = 0;
    for (String name : counterpartyNames.values()) {
      n += name == null || !own.contains(surname(name)) ? 1 : 0;
    }
    return n;
  }

  /** The last word of a name, lower case: what tells family members apart from strangers, as far as names can. */
  public static String surname(String name) {
    String t = name.trim().toLowerCase(java.util.Locale.ROOT);
    return t.substring(t.lastIndexOf(' ') + 1);
  }

  private static void addIfPresent(Set<String> set, String value) {
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

  /** Most payments made in one city. */
  public int getMaxInOneCity() {
    return agg().maxInOneCity();
  }

  /** Counterparties who do not share a surname with the account's holder as named on these payments (not family, as far as names tell). */
  public int getUnrelatedCounterparties() {
    return agg().unrelated();
  }

  /** Whether {@code accountOrName} is among this window's counterparties (an account id, else a name). */
  public boolean hasCounterparty(String accountOrName) {
    for (Payment p : payments) {
      if (accountOrName != null && accountOrName.equals(counterparty(p, role))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Local days on which at least two of these payments, each under {@code threshold}, add up to
   * {@code threshold} or more: deposits split to stay under a reporting threshold.
   */
  public int splitDays(double threshold) {
    return splitDays(BigDecimal.valueOf(threshold));
  }

  private int splitDays(BigDecimal threshold) {
    Map<LocalDate, BigDecimal[]> perDay = new TreeMap<>();
    for (Payment p : payments) {
      BigDecimal a = Money.of(p);
      if (a.compareTo(threshold) < 0) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(Math.floorDiv(p.getTimestamp(), 1000L) + p.getUtcOffsetSeconds(), 86_400L));
        BigDecimal[] d = perDay.computeIfAbsent(day, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        d[0] = d[0].add(a);
        d[1] = d[1].add(BigDecimal.ONE);
      }
    }
    int days = 0;
    for (BigDecimal[] d : perDay.values()) {
      days += d[1].intValue() >= 2 && d[0].compareTo(threshold) >= 0 ? 1 : 0;
    }
    return days;
  }

  public int getNightCount() {
    return agg().night();
  }

  public double getNightShare() {
    return payments.isEmpty() ? 0 : (double) agg().night() / payments.size();
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

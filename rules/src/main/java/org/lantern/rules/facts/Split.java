package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lantern.schema.Payment;

/**
 * Payments split to stay under a threshold: the local days on which at least two payments of the
 * given channels, each under the threshold, add up to it or more (cash kept under the reporting
 * threshold, money orders under the recordkeeping one), and the payments of those days. Rules build
 * it with {@link #of} in a {@code from} clause; {@link #plus} joins splits of different instruments.
 */
public final class Split {
  private final String thresholds;
  private final Set<LocalDate> days;
  private final List<Payment> payments;

  private Split(String thresholds, Set<LocalDate> days, List<Payment> payments) {
    this.thresholds = thresholds;
    this.days = days;
    this.payments = payments;
  }

  /**
   * @param payments the payments to look at (a window's, or a customer's accounts' pooled)
   * @param threshold what each stays under and each split day's total reaches
   * @param channels comma-separated channels that count
   */
  public static Split of(List<Payment> payments, double threshold, String channels) {
    Set<String> wanted = Arrays.stream(channels.split(",")).map(String::trim).collect(Collectors.toSet());
    BigDecimal limit = BigDecimal.valueOf(threshold);
    Map<LocalDate, List<Payment>> byDay = new HashMap<>();
    for (Payment p : payments) {
      if (wanted.contains(p.getChannel().name()) && Money.of(p).compareTo(limit) < 0) {
        byDay.computeIfAbsent(localDay(p), d -> new ArrayList<>()).add(p);
      }
    }
    Set<LocalDate> days = new TreeSet<>();
    List<Payment> split = new ArrayList<>();
    byDay.forEach((day, ps) -> {
      if (ps.size() >= 2 && Money.sum(ps).compareTo(limit) >= 0) {
        days.add(day);
        split.addAll(ps);
      }
    });
    return new Split(Hits.money(limit) + " (" + String.join(", ", new TreeSet<>(wanted)) + ")", days, split);
  }

  /** Both splits together: their days and payments (a day split in both counts once). */
  public Split plus(Split other) {
    Set<LocalDate> all = new TreeSet<>(days);
    all.addAll(other.days);
    List<Payment> both = new ArrayList<>(payments);
    both.addAll(other.payments);
    return new Split(thresholds + "; " + other.thresholds, all, both);
  }

  private static LocalDate localDay(Payment p) {
    return LocalDate.ofEpochDay(Math.floorDiv(Window.localSeconds(p), 86_400L));
  }

  /** How many days were split. */
  public int getDays() {
    return days.size();
  }

  /** The split days, in order. */
  public Set<LocalDate> getSplitDays() {
    return days;
  }

  /** Each threshold with the channels it applies to, for the explanation. */
  public String getThresholds() {
    return thresholds;
  }

  /** The payments of the split days. */
  public List<Payment> getPayments() {
    return payments;
  }
}

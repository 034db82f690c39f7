package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lantern.schema.Payment;

/**
 * Money that passes through an account: for one beneficiary, how many credits of an inflow
 * window were each followed, within some hours, by transfers to that beneficiary worth at least
 * a share of the credit. Matched per credit, not per window total (each transfer counts for the
 * latest credit before it), so a rent payment once a month does not look like a share of every
 * wage, and two jobs paid on one day do not count as two cycles; and never more than came in
 * shortly before, so a bill paid out of savings does not look like money passed on. Rules build it with {@link #of} in a
 * {@code from} clause.
 */
public final class PassThrough extends MoneyFlow {
  private final int cycles;

  private PassThrough(String beneficiary, int cycles, BigDecimal credited, BigDecimal forwarded, List<Payment> payments) {
    super(beneficiary, credited, forwarded, payments);
    this.cycles = cycles;
  }

  /**
   * One pass-through per beneficiary that received at least {@code minShare} of some credit in
   * {@code in} within {@code withinHours} after it (payments to an account in {@code out}), but not
   * more than {@code maxShare} of all credits within those hours since it was last paid: what is
   * passed on came in, so a bill larger than the money that just arrived is not passing it on.
   */
  public static List<PassThrough> of(Window in, Window out, double minShare, double maxShare, int withinHours) {
    long reach = withinHours * 3_600_000L;
    List<Payment> credits = in.getPayments();
    // Each transfer counts for the latest credit before it (within reach), never for two:
    // per credit (by position), the transfers that followed it, by beneficiary.
    List<Map<String, List<Payment>>> sentAfter = new ArrayList<>();
    credits.forEach(c -> sentAfter.add(new TreeMap<>()));
    for (Payment p : out.getPayments()) {
      int credit = latestBefore(credits, p.getTimestamp());
      if (credit >= 0 && p.getTimestamp() - credits.get(credit).getTimestamp() <= reach && p.getPayeeAccountId() != null) {
        sentAfter.get(credit).computeIfAbsent(p.getPayeeAccountId(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, List<Payment>> matchedCredits = new TreeMap<>();
    Map<String, List<Payment>> matchedForwards = new TreeMap<>();
    Map<String, Integer> lastPaidAfter = new TreeMap<>();
    for (int i = 0; i < credits.size(); i++) {
      int latest = i;
      Payment credit = credits.get(i);
      BigDecimal needed = Money.of(credit).multiply(BigDecimal.valueOf(minShare));
      sentAfter.get(i).forEach((to, sent) -> {
        BigDecimal cameIn = cameInSince(credits, lastPaidAfter.getOrDefault(to, -1), latest, sent.get(0).getTimestamp() - reach);
        BigDecimal total = Money.sum(sent);
        if (total.compareTo(needed) >= 0 && total.compareTo(cameIn.multiply(BigDecimal.valueOf(maxShare))) <= 0) {
          matchedCredits.computeIfAbsent(to, k -> new ArrayList<>()).add(credit);
          matchedForwards.computeIfAbsent(to, k -> new ArrayList<>()).addAll(sent);
        }
        lastPaidAfter.put(to, latest);
      });
    }
    List<PassThrough> flows = new ArrayList<>();
    matchedCredits.forEach((to, matched) -> {
      List<Payment> all = new ArrayList<>(matched);
      all.addAll(matchedForwards.get(to));
      flows.add(new PassThrough(to, matched.size(), Money.sum(matched), Money.sum(matchedForwards.get(to)), all));
    });
    return flows;
  }

  /** The credits after position {@code after} up to {@code upTo}, from {@code since} on. */
  private static BigDecimal cameInSince(List<Payment> credits, int after, int upTo, long since) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = after + 1; i <= upTo; i++) {
      if (credits.get(i).getTimestamp() >= since) {
        total = total.add(Money.of(credits.get(i)));
      }
    }
    return total;
  }

  /** Position of the last credit at or before {@code t} (credits are in time order), or -1. */
  private static int latestBefore(List<Payment> credits, long t) {
    int found = -1;
    for (int i = 0; i < credits.size() && credits.get(i).getTimestamp() <= t; i++) {
      found = i;
    }
    return found;
  }

  /** Credits each followed by a qualifying transfer to the beneficiary. */
  public int getCycles() {
    return cycles;
  }
}

package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * Money that passes through an account: how many credits of an inflow window were each followed,
 * within some hours, by payments out worth at least a share of the credit. Matched per credit,
 * not per window total (each payment out counts for the latest credit before it), so a rent
 * payment once a month does not look like a share of every wage, and two jobs paid on one day do
 * not count as two cycles; and never more than came in shortly before, so a bill paid out of
 * savings does not look like money passed on. Rules build it with {@link #of} (per beneficiary),
 * {@link #anyWay} (all money out together) or {@link #cashedOut} (per payer, in cash) in a {@code from} clause.
 */
public final class PassThrough extends MoneyFlow {
  /** Two payments to one beneficiary this close in amount are one standing order, not money passed on. */
  private static final double STANDING_ORDER_TOLERANCE = 0.01;
  private static final String CASH = "cash";

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
    List<Payment> toAccounts = out.getPayments().stream().filter(p -> p.getPayeeAccountId() != null).toList();
    return match(in.getPayments(), toAccounts, Payment::getPayeeAccountId, minShare, maxShare, withinHours).stream()
        .map(m -> m.flow(m.to())).toList();
  }

  /**
   * At most one pass-through: the money out of {@code out} by any channel and to anyone, taken
   * together, against each credit of {@code in} (shares as in {@link #of}). Left out: payments back
   * to someone who sent money in the window (a loan repaid), and a payment of the same amount to
   * a beneficiary paid before (a standing order or a recurring purchase does not follow what came in).
   * The beneficiary is the list of those paid, "cash" for withdrawals.
   */
  public static List<PassThrough> anyWay(Window in, Window out, double minShare, double maxShare, int withinHours) {
    Set<String> senders = new HashSet<>();
    in.getPayments().forEach(p -> Window.addIfPresent(senders, Window.counterparty(p, Role.PAYEE)));
    List<Payment> passedOn = new ArrayList<>();
    // Amounts paid so far, per beneficiary: one pass over the window, not one per payment.
    Map<String, List<Double>> paidBefore = new HashMap<>();
    for (Payment p : out.getPayments()) {
      String to = Window.counterparty(p, Role.PAYER);
      if (to == null) {
        passedOn.add(p);
        continue;
      }
      double amount = Money.of(p).doubleValue();
      List<Double> amounts = paidBefore.computeIfAbsent(to, k -> new ArrayList<>());
      if (!senders.contains(to) && !repeats(amount, amounts)) {
        passedOn.add(p);
      }
      amounts.add(amount);
    }
    List<Matched> flows = match(in.getPayments(), passedOn, p -> "", minShare, maxShare, withinHours);
    if (flows.isEmpty()) {
      return List.of();
    }
    Set<String> paid = new LinkedHashSet<>();
    for (Payment p : flows.get(0).forwards()) {
      String to = Window.counterparty(p, Role.PAYER);
      paid.add(to == null ? CASH : to);
    }
    return List.of(flows.get(0).flow(String.join(", ", paid)));
  }

  /**
   * One pass-through per payer of credits in {@code in} whose credits were each followed within
   * {@code withinHours} by cash withdrawals (all of {@code cash}) worth {@code minShare} of it (shares
   * as in {@link #of}): wages drawn out in cash as soon as they arrive. The beneficiary is the payer,
   * the one who put the money there; credits of other payers do not mix in.
   */
  public static List<PassThrough> cashedOut(Window in, Window cash, double minShare, double maxShare, int withinHours) {
    Map<String, List<Payment>> byPayer = new TreeMap<>();
    for (Payment p : in.getPayments()) {
      String payer = Window.counterparty(p, Role.PAYEE);
      if (payer != null) {
        byPayer.computeIfAbsent(payer, k -> new ArrayList<>()).add(p);
      }
    }
    List<PassThrough> out = new ArrayList<>();
    byPayer.forEach((payer, credits) -> match(credits, cash.getPayments(), p -> CASH, minShare, maxShare, withinHours)
        .forEach(m -> out.add(m.flow(payer))));
    return out;
  }

  /** Whether one of the amounts paid before to the same beneficiary is about this one. */
  private static boolean repeats(double amount, List<Double> paidBefore) {
    for (double before : paidBefore) {
      if (Math.abs(before - amount) <= STANDING_ORDER_TOLERANCE * amount) {
        return true;
      }
    }
    return false;
  }

  /** The credits matched for one beneficiary key and the payments out that matched them. */
  private record Matched(String to, List<Payment> credits, List<Payment> forwards) {
    PassThrough flow(String beneficiary) {
      List<Payment> all = new ArrayList<>(credits);
      all.addAll(forwards);
      return new PassThrough(beneficiary, credits.size(), Money.sum(credits), Money.sum(forwards), all);
    }
  }

  private static List<Matched> match(List<Payment> credits, List<Payment> out, Function<Payment, String> beneficiary,
      double minShare, double maxShare, int withinHours) {
    long reach = withinHours * 3_600_000L;
    // Each payment out counts for the latest credit before it (within reach), never for two:
    // per credit (by position), the payments that followed it, by beneficiary.
    List<Map<String, List<Payment>>> sentAfter = new ArrayList<>();
    credits.forEach(c -> sentAfter.add(new TreeMap<>()));
    for (Payment p : out) {
      int credit = latestBefore(credits, p.getTimestamp());
      if (credit >= 0 && p.getTimestamp() - credits.get(credit).getTimestamp() <= reach) {
        sentAfter.get(credit).computeIfAbsent(beneficiary.apply(p), k -> new ArrayList<>()).add(p);
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
    List<Matched> flows = new ArrayList<>();
    matchedCredits.forEach((to, matched) -> flows.add(new Matched(to, matched, matchedForwards.get(to))));
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

  /** Credits each followed by qualifying payments out to the beneficiary. */
  public int getCycles() {
    return cycles;
  }
}

package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lantern.schema.Channel;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * Money collected from many and sent on: for one transfer out, everything the account sent in the
 * days up to and including it that is not a recurring bill (a forward may be split, paid in
 * instalments or spread over a few beneficiaries), the credits that came in during the days before
 * the first of those transfers and up to the last, how many distinct senders they came from, how
 * many of those senders had never paid the account before that, and how much of it the largest
 * sender paid (a church's offerings beside one large donation are no collection from many). A
 * transfer of about the same amount as one to the same beneficiary before those days is a bill
 * (rent, a loan) unless that one followed many senders too (an earlier round), and money paid
 * back to one of the senders is no forward (a savings circle's pot). Cash taken out is a forward
 * to "cash withdrawn", never a bill. Rules build it with {@link #of}
 * in a {@code from} clause and compare {@code forwarded} with {@code credited}.
 */
public final class FanIn extends MoneyFlow {
  /** How close to an earlier payment to the same beneficiary a transfer must be to look like the same bill. */
  private static final BigDecimal RECURRING_TOLERANCE = new BigDecimal("0.15");
  private static final long DAY = 86_400_000L;
  private static final String CASH = "cash withdrawn";

  private final int senders;
  private final int newSenders;
  private final boolean beneficiarySent;
  private final boolean recurring;
  private final double topSenderShare;

  private FanIn(String beneficiaries, int senders, int newSenders, boolean beneficiarySent, boolean recurring,
      double topSenderShare, BigDecimal credited, BigDecimal forwarded, List<Payment> payments) {
    super(beneficiaries, credited, forwarded, payments);
    this.senders = senders;
    this.newSenders = newSenders;
    this.beneficiarySent = beneficiarySent;
    this.recurring = recurring;
    this.topSenderShare = topSenderShare;
  }

  /**
   * @param credits the account's credits (a payee window), in time order
   * @param transfers the account's transfers out (a payer window), in time order, {@code forward} among them
   * @param forward the transfer out being evaluated
   * @param days how far back transfers count as one forward (and credits before an earlier payment, for a round)
   * @param creditDays how far before the first of those transfers credits count (a collection may run for more
   *     than a week)
   * @param roundSenders how many senders in the days before an earlier payment make it a forward too, not a bill
   */
  public static FanIn of(Window credits, Window transfers, Payment forward, int days, int creditDays, int roundSenders) {
    long t = forward.getTimestamp();
    long spanFrom = t - days * DAY;
    List<Payment> earlier = new ArrayList<>();
    List<Payment> span = new ArrayList<>();
    for (Payment p : transfers.getPayments()) {
      if (p.getTimestamp() <= t && !p.getTransactionId().equals(forward.getTransactionId())) {
        (p.getTimestamp() > spanFrom ? span : earlier).add(p);
      }
    }
    span.add(forward);
    Bills bills = new Bills(earlier, credits, days, roundSenders);
    boolean recurring = bills.match(forward, Money.sum(span.stream().filter(p -> sameBeneficiary(p, forward)).toList()));
    List<Payment> sent = new ArrayList<>();
    for (Payment p : span) {
      if (p == forward ? !recurring : !bills.match(p, Money.of(p))) {
        sent.add(p);
      }
    }
    // Overlapping rounds forwarded in instalments: the credits behind the first instalment count too.
    long from = sent.stream().mapToLong(Payment::getTimestamp).min().orElse(t) - creditDays * DAY;
    List<Payment> in = new ArrayList<>();
    Map<String, BigDecimal> bySender = new HashMap<>();
    Set<String> knownBefore = new HashSet<>();
    for (Payment p : credits.getPayments()) {
      String sender = Window.counterparty(p, Role.PAYEE);
      if (p.getTimestamp() <= from) {
        Window.addIfPresent(knownBefore, sender);
      } else if (p.getTimestamp() <= t) {
        in.add(p);
        if (sender != null) {
          bySender.merge(sender, Money.of(p), BigDecimal::add);
        }
      }
    }
    Set<String> senderIds = bySender.keySet();
    sent.removeIf(p -> senderIds.contains(Window.counterparty(p, Role.PAYER)));
    Set<String> beneficiaries = new LinkedHashSet<>();
    beneficiaries.add(beneficiary(forward));
    sent.forEach(p -> beneficiaries.add(beneficiary(p)));
    int newSenders = (int) senderIds.stream().filter(s -> !knownBefore.contains(s)).count();
    List<Payment> evidence = new ArrayList<>(in);
    evidence.addAll(sent);
    BigDecimal credited = Money.sum(in);
    BigDecimal top = bySender.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    double topShare = credited.signum() == 0 ? 0 : top.doubleValue() / credited.doubleValue();
    return new FanIn(String.join(", ", beneficiaries), senderIds.size(), newSenders,
        senderIds.contains(Window.counterparty(forward, Role.PAYER)), recurring, topShare, credited, Money.sum(sent), evidence);
  }

  /**
   * The payments before the span that make a transfer a bill: the same beneficiary paid about as
   * much, unless that earlier payment followed {@code roundSenders} senders itself (a hub's earlier
   * round). The sender count is taken only for such a match, and once per earlier payment.
   */
  private static final class Bills {
    private final List<Payment> earlier;
    private final Window credits;
    private final int days;
    private final int roundSenders;
    private final Map<String, Boolean> rounds = new HashMap<>();

    Bills(List<Payment> earlier, Window credits, int days, int roundSenders) {
      this.earlier = earlier;
      this.credits = credits;
      this.days = days;
      this.roundSenders = roundSenders;
    }

    /** Whether {@code p} (or {@code amount} sent with it) repeats an earlier bill. */
    boolean match(Payment p, BigDecimal amount) {
      BigDecimal own = Money.of(p);
      return earlier.stream().filter(e -> sameBeneficiary(e, p))
          .anyMatch(e -> (near(Money.of(e), own) || near(Money.of(e), amount)) && !round(e));
    }

    private boolean round(Payment e) {
      long t = e.getTimestamp();
      return rounds.computeIfAbsent(e.getTransactionId(), id -> credits.getPayments().stream()
          .filter(c -> c.getTimestamp() <= t && c.getTimestamp() > t - days * DAY)
          .map(c -> Window.counterparty(c, Role.PAYEE)).distinct().count() >= roundSenders);
    }
  }

  /** Who a forward went to; cash taken out has no counterparty, so it is named as cash. */
  private static String beneficiary(Payment p) {
    return p.getChannel() == Channel.CASH_WITHDRAWAL ? CASH : Window.counterparty(p, Role.PAYER);
  }

  private static boolean sameBeneficiary(Payment a, Payment b) {
    String x = Window.counterparty(a, Role.PAYER);
    return x != null && x.equals(Window.counterparty(b, Role.PAYER));
  }

  private static boolean near(BigDecimal earlier, BigDecimal now) {
    return earlier.subtract(now).abs().compareTo(now.multiply(RECURRING_TOLERANCE)) <= 0;
  }

  /** Distinct senders of the credits counted. */
  public int getSenders() {
    return senders;
  }

  /** Senders of the credits counted who had not paid the account before them (within the credits' window). */
  public int getNewSenders() {
    return newSenders;
  }

  /** Whether the transfer evaluated went to one of the senders (a savings circle paying out its pot). */
  public boolean isBeneficiarySent() {
    return beneficiarySent;
  }

  /** The largest single sender's part of the credits counted (0 to 1). */
  public double getTopSenderShare() {
    return topSenderShare;
  }

  /** Whether the transfer evaluated looks like a recurring bill: its beneficiary was paid about as much before. */
  public boolean isRecurring() {
    return recurring;
  }
}

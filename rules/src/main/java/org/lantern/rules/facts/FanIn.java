package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * Money collected from many and sent on: for the beneficiary of one transfer out, everything sent
 * to it in the days up to and including that transfer (a forward may be split or paid in
 * instalments), the credits that came in during the days before the first of those transfers and
 * up to the last, how many distinct senders they came from, and whether the transfer looks like a
 * recurring bill (the beneficiary was paid about as much before those days). Rules build it with
 * {@link #of} in a {@code from} clause and compare {@code forwarded} with {@code credited}.
 */
public final class FanIn extends MoneyFlow {
  /** How close to an earlier payment to the same beneficiary a forward must be to look like the same bill. */
  private static final BigDecimal RECURRING_TOLERANCE = new BigDecimal("0.15");
  private static final long DAY = 86_400_000L;

  private final int senders;
  private final boolean beneficiarySent;
  private final boolean recurring;

  private FanIn(String beneficiary, int senders, boolean beneficiarySent, boolean recurring, BigDecimal credited,
      BigDecimal forwarded, List<Payment> payments) {
    super(beneficiary, credited, forwarded, payments);
    this.senders = senders;
    this.beneficiarySent = beneficiarySent;
    this.recurring = recurring;
  }

  /**
   * @param credits the account's credits (a payee window), in time order
   * @param transfers the account's transfers out (a payer window), in time order, {@code forward} among them
   * @param forward the transfer out being evaluated
   * @param days how far back transfers to the same beneficiary count as one forward, and how far
   *     before the first of them credits count
   */
  public static FanIn of(Window credits, Window transfers, Payment forward, int days) {
    String to = forward.getPayeeAccountId();
    long t = forward.getTimestamp();
    long spanFrom = t - days * DAY;
    List<Payment> sent = new ArrayList<>();
    List<Payment> before = new ArrayList<>();
    for (Payment p : transfers.getPayments()) {
      if (to != null && to.equals(p.getPayeeAccountId()) && p.getTimestamp() <= t && !p.getTransactionId().equals(forward.getTransactionId())) {
        (p.getTimestamp() > spanFrom ? sent : before).add(p);
      }
    }
    sent.add(forward);
    BigDecimal forwarded = Money.sum(sent);
    BigDecimal amount = Money.of(forward);
    // A bill: the beneficiary was paid about as much before (rent, a mortgage, a loan).
    boolean recurring = before.stream().map(Money::of).anyMatch(b -> near(b, amount) || near(b, forwarded));
    // Overlapping rounds forwarded in instalments: the credits behind the first instalment count too.
    long from = sent.stream().mapToLong(Payment::getTimestamp).min().orElse(t) - days * DAY;
    List<Payment> in = new ArrayList<>();
    Set<String> senderIds = new HashSet<>();
    for (Payment p : credits.getPayments()) {
      if (p.getTimestamp() > from && p.getTimestamp() <= t) {
        in.add(p);
        String sender = Window.counterparty(p, Role.PAYEE);
        if (sender != null) {
          senderIds.add(sender);
        }
      }
    }
    List<Payment> evidence = new ArrayList<>(in);
    evidence.addAll(sent);
    return new FanIn(to, senderIds.size(), to != null && senderIds.contains(to), recurring, Money.sum(in), forwarded, evidence);
  }

  private static boolean near(BigDecimal earlier, BigDecimal now) {
    return earlier.subtract(now).abs().compareTo(now.multiply(RECURRING_TOLERANCE)) <= 0;
  }

  /** Distinct senders of the credits counted. */
  public int getSenders() {
    return senders;
  }

  /** Whether the beneficiary was one of the senders (a savings circle paying out its pot). */
  public boolean isBeneficiarySent() {
    return beneficiarySent;
  }

  /** Whether the beneficiary was paid about the same amount before, within the transfers' window (a recurring bill). */
  public boolean isRecurring() {
    return recurring;
  }
}

package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * A burst of payments to one recipient: for one payment out, every payment in the window to the
 * same recipient within the hours up to it, whether that recipient had been paid before those
 * hours or bears the payer's surname, and how much the amounts rose from the first to the last. A sextortion victim pays a new
 * contact again and again within a day or two, more each time. Rules build it with {@link #of}.
 */
public final class Burst {
  private static final long HOUR = 3_600_000L;

  private final String recipient;
  private final List<Payment> payments;
  private final boolean newRecipient;
  private final boolean relative;
  private final int hours;

  private Burst(String recipient, List<Payment> payments, boolean newRecipient, boolean relative, int hours) {
    this.recipient = recipient;
    this.payments = payments;
    this.newRecipient = newRecipient;
    this.relative = relative;
    this.hours = hours;
  }

  /**
   * @param sent the account's payments out (a payer window), in time order, {@code last} among them
   * @param last the payment being evaluated
   * @param hours how far back from it the burst reaches
   */
  public static Burst of(Window sent, Payment last, int hours) {
    String to = Window.counterparty(last, Role.PAYER);
    long from = last.getTimestamp() - hours * HOUR;
    List<Payment> burst = new ArrayList<>();
    boolean before = false;
    for (Payment p : sent.getPayments()) {
      if (to != null && to.equals(Window.counterparty(p, Role.PAYER)) && p.getTimestamp() <= last.getTimestamp()) {
        if (p.getTimestamp() > from) {
          burst.add(p);
        } else {
          before = true;
        }
      }
    }
    if (burst.stream().noneMatch(p -> p.getTransactionId().equals(last.getTransactionId()))) {
      burst.add(last);
    }
    boolean relative = last.getPayerName() != null && last.getPayeeName() != null
        && Window.surname(last.getPayerName()).equals(Window.surname(last.getPayeeName()));
    return new Burst(to, burst, !before, relative, hours);
  }

  /** Who was paid. */
  public String getRecipient() {
    return recipient;
  }

  /** How many payments the burst holds. */
  public int getCount() {
    return payments.size();
  }

  /** Whether the recipient had not been paid before the burst, within the window. */
  public boolean isNewRecipient() {
    return newRecipient;
  }

  /** Whether the recipient bears the payer's surname (family). */
  public boolean isRelative() {
    return relative;
  }

  /** The last payment's amount over the first's (1 for a single payment). */
  public double getEscalation() {
    BigDecimal first = Money.of(payments.get(0));
    return first.signum() == 0 ? 1 : Money.of(payments.get(payments.size() - 1)).doubleValue() / first.doubleValue();
  }

  /** Whether no payment of the burst is larger than the last one. */
  public boolean isLastLargest() {
    BigDecimal last = Money.of(payments.get(payments.size() - 1));
    return payments.stream().map(Money::of).allMatch(a -> a.compareTo(last) <= 0);
  }

  /** How far back the burst reached. */
  public int getHours() {
    return hours;
  }

  /** The burst's payments, first to last. */
  public List<Payment> getPayments() {
    return payments;
  }
}

package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.lantern.schema.Payment;

/**
 * Money that came into an account and went on to one beneficiary: what was credited, what was
 * forwarded, and the payments of both. {@link FanIn} and {@link PassThrough} measure it in their
 * own ways; evidence renders any flow alike.
 */
public abstract class MoneyFlow {
  private final String beneficiary;
  private final BigDecimal credited;
  private final BigDecimal forwarded;
  private final List<Payment> payments;

  MoneyFlow(String beneficiary, BigDecimal credited, BigDecimal forwarded, List<Payment> payments) {
    this.beneficiary = beneficiary;
    this.credited = credited;
    this.forwarded = forwarded;
    this.payments = payments;
  }

  /** The account the money went to. */
  public String getBeneficiary() {
    return beneficiary;
  }

  /** Total of the credits counted. */
  public BigDecimal getCredited() {
    return credited;
  }

  /** Total sent to the beneficiary. */
  public BigDecimal getForwarded() {
    return forwarded;
  }

  /** Forwarded over credited (0 when nothing came in). */
  public double getShare() {
    return credited.signum() == 0 ? 0 : forwarded.doubleValue() / credited.doubleValue();
  }

  /** The credits counted and the transfers to the beneficiary. */
  public List<Payment> getPayments() {
    return payments;
  }
}

package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.lantern.schema.Payment;

/** A payment's amount as a decimal: the schema carries it as an unscaled long and a scale. */
public final class Money {
  private Money() {}

  public static BigDecimal of(Payment p) {
    return BigDecimal.valueOf(p.getAmountUnscaled(), p.getAmountScale());
  }

  /** The total of {@code payments}, exactly. */
  public static BigDecimal sum(List<Payment> payments) {
    BigDecimal total = BigDecimal.ZERO;
    for (Payment p : payments) {
      total = total.add(of(p));
    }
    return total;
  }
}

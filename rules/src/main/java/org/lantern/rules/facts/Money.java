package org.lantern.rules.facts;

import java.math.BigDecimal;
import org.lantern.schema.Payment;

/** A payment's amount as a decimal: the schema carries it as an unscaled long and a scale. */
public final class Money {
  private Money() {}

  public static BigDecimal of(Payment p) {
    return BigDecimal.valueOf(p.getAmountUnscaled(), p.getAmountScale());
  }
}

package org.lantern.rules.features;

import java.math.BigDecimal;
import java.time.Duration;
import org.lantern.schema.Account;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * A named window over one account's payments: which side of a payment counts ({@code role}),
 * which payments qualify, how far back it reaches, and how many payments it keeps at most (the
 * newest win; counts saturate there, so thresholds must stay below it). A {@code perCustomer} window's
 * payments are also pooled over all accounts of the account's customer at the identifier linker.
 */
public record FeatureDefinition(
    String name, Duration length, Role role, int capacity, boolean perCustomer, WindowFilter filter, String description) {

  /** Whether the account's side {@code side} of {@code payment} (of {@code amount}) belongs in this window. */
  public boolean qualifies(Payment payment, BigDecimal amount, Role side, Account kyc) {
    return side == role && filter.test(payment, amount, side, kyc);
  }
}

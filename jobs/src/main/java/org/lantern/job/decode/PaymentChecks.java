package org.lantern.job.decode;

import org.lantern.rules.facts.Money;
import org.lantern.schema.Payment;

/** Checks every payment must pass whatever format it came in (JSON or Avro). */
final class PaymentChecks {
  private PaymentChecks() {}

  static void check(Payment p) throws InvalidRecordException {
    if (p.getTransactionId() == null || p.getTransactionId().isBlank()) {
      throw new InvalidRecordException("missing transactionId");
    }
    if (p.getAmountUnscaled() <= 0) {
      throw new InvalidRecordException("amount must be positive: " + Money.of(p).stripTrailingZeros().toPlainString());
    }
    if (!isCurrencyCode(p.getCurrency())) {
      throw new InvalidRecordException("currency must be an ISO 4217 code: '" + p.getCurrency() + "'");
    }
    if (p.getPayerAccountId() == null && p.getPayeeAccountId() == null) {
      throw new InvalidRecordException("payment names neither payerAccountId nor payeeAccountId");
    }
  }

  /** Three upper-case letters (checked by hand: a regex here compiled a pattern per payment). */
  private static boolean isCurrencyCode(String c) {
    if (c == null || c.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (c.charAt(i) < 'A' || c.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }
}

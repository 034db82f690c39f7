package org.lantern.job.decode;

import org.lantern.schema.Payment;

/** Checks every payment must pass whatever format it came in (JSON or Avro). */
final class PaymentChecks {
  private PaymentChecks() {}

  static void check(Payment p) throws InvalidRecordException {
    if (p.getTransactionId() == null || p.getTransactionId().isBlank()) {
      throw new InvalidRecordException("missing transactionId");
    }
    if (p.getAmount().signum() <= 0) {
      throw new InvalidRecordException("amount must be positive: " + p.getAmount().stripTrailingZeros().toPlainString());
    }
    if (p.getCurrency() == null || !p.getCurrency().matches("[A-Z]{3}")) {
      throw new InvalidRecordException("currency must be an ISO 4217 code: '" + p.getCurrency() + "'");
    }
    if (p.getPayerAccountId() == null && p.getPayeeAccountId() == null) {
      throw new InvalidRecordException("payment names neither payerAccountId nor payeeAccountId");
    }
  }
}

package org.lantern.rules;

import java.math.BigDecimal;
import java.time.Instant;
import org.lantern.schema.Channel;
import org.lantern.schema.Payment;

/** Test builders for payments with named times. */
public final class Payments {
  public static final Instant DAY_1 = Instant.parse("2026-03-02T00:00:00Z");

  private Payments() {}

  public static Instant at(int day, String hhmm) {
    String[] parts = hhmm.split(":");
    return DAY_1.plusSeconds((day - 1) * 86400L + Integer.parseInt(parts[0]) * 3600L + Integer.parseInt(parts[1]) * 60L);
  }

  public static Payment.Builder base(String id, Instant t, String amount, Channel channel) {
    return Payment.newBuilder()
        .setTransactionId(id)
        .setTimestamp(t.toEpochMilli())
        .setUtcOffsetSeconds(0)
        .setAmountUnscaled(new BigDecimal(amount).unscaledValue().longValueExact())
        .setAmountScale(new BigDecimal(amount).scale())
        .setCurrency("USD")
        .setChannel(channel);
  }

  public static Payment cashDeposit(String id, String account, String amount, Instant t, String branch) {
    return base(id, t, amount, Channel.CASH_DEPOSIT)
        .setPayeeAccountId(account)
        .setPayerName("walk-in " + branch)
        .setBranchId(branch)
        .setCity("Springfield")
        .build();
  }

  public static Payment card(String id, String account, String amount, Instant t, String mcc, String merchant) {
    return base(id, t, amount, Channel.CARD)
        .setPayerAccountId(account)
        .setMerchantCategoryCode(mcc)
        .setMerchantName(merchant)
        .setCity("Springfield")
        .build();
  }

  public static Payment p2p(String id, String from, String to, String amount, Instant t) {
    return base(id, t, amount, Channel.P2P).setPayerAccountId(from).setPayeeAccountId(to).build();
  }
}

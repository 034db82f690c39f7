package org.lantern.job.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.lantern.rules.facts.Hits;
import org.lantern.rules.facts.Money;
import org.lantern.schema.Channel;
import org.lantern.schema.Payment;

/** Payments in the interchange JSON form (interchange.md, input 1), both ways. */
public final class PaymentJson {
  private PaymentJson() {}

  public static Payment parse(JsonNode obj) throws InvalidRecordException {
    OffsetDateTime ts = Fields.timestamp(obj, "timestamp");
    BigDecimal amount = Fields.decimal(obj, "amount");
    if (amount == null) {
      throw new InvalidRecordException("missing amount");
    }
    Payment p =
        Payment.newBuilder()
            .setTransactionId(Fields.required(obj, "transactionId"))
            .setTimestamp(ts.toInstant().toEpochMilli())
            .setUtcOffsetSeconds(ts.getOffset().getTotalSeconds())
            .setAmountUnscaled(amount.unscaledValue().longValue())
            .setAmountScale(amount.scale())
            .setCurrency(Fields.required(obj, "currency"))
            .setChannel(Fields.enumValue(Channel.class, "channel", Fields.required(obj, "channel")))
            .setPayerAccountId(Fields.optional(obj, "payerAccountId"))
            .setPayeeAccountId(Fields.optional(obj, "payeeAccountId"))
            .setPayerName(Fields.optional(obj, "payerName"))
            .setPayeeName(Fields.optional(obj, "payeeName"))
            .setMerchantCategoryCode(Fields.optional(obj, "merchantCategoryCode"))
            .setMerchantName(Fields.optional(obj, "merchantName"))
            .setPayerCountry(Fields.optional(obj, "payerCountry"))
            .setPayeeCountry(Fields.optional(obj, "payeeCountry"))
            .setCity(Fields.optional(obj, "city"))
            .setBranchId(Fields.optional(obj, "branchId"))
            .setDeviceId(Fields.optional(obj, "deviceId"))
            .setIpAddress(Fields.optional(obj, "ipAddress"))
            .setMemo(Fields.optional(obj, "memo"))
            .build();
    PaymentChecks.check(p);
    return p;
  }

  /** The payment as an interchange object; the timestamp carries its original UTC offset. */
  public static ObjectNode render(Payment p) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("transactionId", p.getTransactionId());
    o.put("timestamp", localTime(p).toString());
    o.put("amount", Hits.money(Money.of(p)));
    o.put("currency", p.getCurrency());
    o.put("channel", p.getChannel().name());
    o.put("payerAccountId", p.getPayerAccountId());
    o.put("payeeAccountId", p.getPayeeAccountId());
    o.put("payerName", p.getPayerName());
    o.put("payeeName", p.getPayeeName());
    o.put("merchantCategoryCode", p.getMerchantCategoryCode());
    o.put("merchantName", p.getMerchantName());
    o.put("payerCountry", p.getPayerCountry());
    o.put("payeeCountry", p.getPayeeCountry());
    o.put("city", p.getCity());
    o.put("branchId", p.getBranchId());
    o.put("deviceId", p.getDeviceId());
    o.put("ipAddress", p.getIpAddress());
    o.put("memo", p.getMemo());
    return o;
  }

  public static OffsetDateTime localTime(Payment p) {
    return Instant.ofEpochMilli(p.getTimestamp()).atOffset(ZoneOffset.ofTotalSeconds(p.getUtcOffsetSeconds()));
  }
}

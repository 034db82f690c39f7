package org.lantern.job.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lantern.rules.facts.Hits;
import org.lantern.rules.facts.Money;
import org.lantern.schema.Channel;
import org.lantern.schema.PartyType;
import org.lantern.schema.Payment;

/** Payments in the interchange JSON form (interchange.md, input 1), both ways. */
public final class PaymentJson {
  private PaymentJson() {}

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * Parses one interchange line with Jackson's streaming parser, straight into the record: a tree
   * per line cost half of decoding. Unknown fields are skipped (the interchange may grow).
   */
  public static Payment parse(String line) throws InvalidRecordException {
    String id = null;
    String timestamp = null;
    BigDecimal amount = null;
    boolean amountGiven = false;
    String currency = null;
    String channel = null;
    Payment.Builder b = Payment.newBuilder();
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidRecordException("line is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "transactionId" -> id = text(p, t, field);
          case "timestamp" -> timestamp = text(p, t, field);
          case "amount" -> {
            amountGiven = t != JsonToken.VALUE_NULL;
            amount = decimal(p, t, field);
          }
          case "currency" -> currency = text(p, t, field);
          case "channel" -> channel = text(p, t, field);
          case "payerAccountId" -> b.setPayerAccountId(text(p, t, field));
          case "payeeAccountId" -> b.setPayeeAccountId(text(p, t, field));
          case "payerName" -> b.setPayerName(text(p, t, field));
          case "payeeName" -> b.setPayeeName(text(p, t, field));
          case "merchantCategoryCode" -> b.setMerchantCategoryCode(text(p, t, field));
          case "merchantName" -> b.setMerchantName(text(p, t, field));
          case "payerCountry" -> b.setPayerCountry(text(p, t, field));
          case "payeeCountry" -> b.setPayeeCountry(text(p, t, field));
          case "city" -> b.setCity(text(p, t, field));
          case "branchId" -> b.setBranchId(text(p, t, field));
          case "deviceId" -> b.setDeviceId(text(p, t, field));
          case "ipAddress" -> b.setIpAddress(text(p, t, field));
          case "memo" -> b.setMemo(text(p, t, field));
          case "payerType" -> b.setPayerType(partyType(text(p, t, field), field));
          case "payeeType" -> b.setPayeeType(partyType(text(p, t, field), field));
          case "walletRiskLabel" -> b.setWalletRiskLabel(lower(text(p, t, field)));
          case "tellerObservations" -> b.setTellerObservations(codes(p, t, field));
          default -> p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidRecordException("unreadable line: " + e.getMessage());
    }
    OffsetDateTime ts = Fields.timestamp("timestamp", timestamp);
    if (!amountGiven) {
      throw new InvalidRecordException("missing amount");
    }
    Payment payment =
        b.setTransactionId(Fields.required("transactionId", id))
            .setTimestamp(ts.toInstant().toEpochMilli())
            .setUtcOffsetSeconds(ts.getOffset().getTotalSeconds())
            .setAmountUnscaled(amount.unscaledValue().longValue())
            .setAmountScale(amount.scale())
            .setCurrency(Fields.required("currency", currency))
            .setChannel(Fields.enumValue(Channel.class, "channel", Fields.required("channel", channel)))
            .build();
    PaymentChecks.check(payment);
    return payment;
  }

  private static PartyType partyType(String value, String field) throws InvalidRecordException {
    return value == null ? null : Fields.enumValue(PartyType.class, field, value);
  }

  private static String lower(String value) {
    return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
  }

  /** An array of codes (or null), upper-cased. */
  private static List<String> codes(JsonParser p, JsonToken t, String field) throws IOException, InvalidRecordException {
    List<String> out = new ArrayList<>();
    if (t == JsonToken.VALUE_NULL) {
      return out;
    }
    if (t != JsonToken.START_ARRAY) {
      throw new InvalidRecordException(field + " must be an array of strings");
    }
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      if (e != JsonToken.VALUE_STRING) {
        throw new InvalidRecordException(field + " must be an array of strings");
      }
      out.add(p.getText().trim().toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private static String text(JsonParser p, JsonToken t, String field) throws IOException, InvalidRecordException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      throw new InvalidRecordException(field + " must be a string, not " + (t == JsonToken.START_OBJECT ? "object" : "array"));
    }
    return p.getText();
  }

  private static BigDecimal decimal(JsonParser p, JsonToken t, String field) throws IOException, InvalidRecordException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return Fields.scaled(field, p.getDecimalValue());
    }
    if (t == JsonToken.VALUE_STRING) {
      return Fields.decimal(field, p.getText());
    }
    throw new InvalidRecordException(field + " is not a number: " + t);
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
    // Fields added after interchange v1 are written only when present.
    if (p.getPayerType() != null) {
      o.put("payerType", p.getPayerType().name());
    }
    if (p.getPayeeType() != null) {
      o.put("payeeType", p.getPayeeType().name());
    }
    if (p.getWalletRiskLabel() != null) {
      o.put("walletRiskLabel", p.getWalletRiskLabel());
    }
    if (!p.getTellerObservations().isEmpty()) {
      p.getTellerObservations().forEach(o.putArray("tellerObservations")::add);
    }
    return o;
  }

  public static OffsetDateTime localTime(Payment p) {
    return Instant.ofEpochMilli(p.getTimestamp()).atOffset(ZoneOffset.ofTotalSeconds(p.getUtcOffsetSeconds()));
  }
}

package org.lantern.sampledata;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/** A generated payment, written in the interchange form (interchange.md, input 1). */
final class Txn {
  final String id;
  final OffsetDateTime time;
  final BigDecimal amount;
  final String channel;
  String currency = "USD";
  String payerAccountId;
  String payeeAccountId;
  String payerName;
  String payeeName;
  String mcc;
  String merchantName;
  String payerCountry = "US";
  String payeeCountry = "US";
  String city;
  String branchId;
  String deviceId;
  String ipAddress;
  String memo;
  /** Sort key with the jitter that puts the file slightly out of order. */
  long orderKey;

  Txn(String id, OffsetDateTime time, double amount, String channel) {
    this.id = id;
    this.time = time;
    this.amount = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    this.channel = channel;
  }

  Txn payer(String account, String name) {
    payerAccountId = account;
    payerName = name;
    return this;
  }

  Txn payee(String account, String name) {
    payeeAccountId = account;
    payeeName = name;
    return this;
  }

  Txn merchant(String mcc, String name, String city) {
    this.mcc = mcc;
    this.merchantName = name;
    this.payeeName = name;
    this.city = city;
    return this;
  }

  Txn at(String city, String branchId) {
    this.city = city;
    this.branchId = branchId;
    return this;
  }

  Txn device(String deviceId) {
    this.deviceId = deviceId;
    return this;
  }

  Txn memo(String memo) {
    this.memo = memo;
    return this;
  }

  Txn abroad(String payeeCountry) {
    this.payeeCountry = payeeCountry;
    return this;
  }

  ObjectNode json() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    put(o, "transactionId", id);
    put(o, "timestamp", time.toString());
    put(o, "amount", amount.toPlainString());
    put(o, "currency", currency);
    put(o, "channel", channel);
    put(o, "payerAccountId", payerAccountId);
    put(o, "payeeAccountId", payeeAccountId);
    put(o, "payerName", payerName);
    put(o, "payeeName", payeeName);
    put(o, "merchantCategoryCode", mcc);
    put(o, "merchantName", merchantName);
    put(o, "payerCountry", payerCountry);
    put(o, "payeeCountry", payeeCountry);
    put(o, "city", city);
    put(o, "branchId", branchId);
    put(o, "deviceId", deviceId);
    put(o, "ipAddress", ipAddress);
    put(o, "memo", memo);
    return o;
  }

  /** Optional fields are left out when absent, as the interchange allows. */
  private static void put(ObjectNode o, String field, Object value) {
    if (value != null) {
      o.put(field, value.toString());
    }
  }
}

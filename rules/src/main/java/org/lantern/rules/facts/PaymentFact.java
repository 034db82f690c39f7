package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.kie.api.definition.type.ClassReactive;
import org.lantern.schema.Channel;
import org.lantern.schema.PartyType;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * The payment being evaluated, seen from one side: {@code role} says whether the account under
 * evaluation paid (PAYER) or received (PAYEE); {@code counterparty*} is the other side. Never
 * modified, so class-reactive: constraints may compare it with other facts freely.
 */
@ClassReactive
public final class PaymentFact {
  private final Payment payment;
  private final Role role;
  private final LocalDateTime localTime;

  public PaymentFact(Payment payment, Role role) {
    this.payment = payment;
    this.role = role;
    this.localTime =
        LocalDateTime.ofInstant(
            Instant.ofEpochMilli(payment.getTimestamp()), ZoneOffset.ofTotalSeconds(payment.getUtcOffsetSeconds()));
  }

  public Payment getPayment() {
    return payment;
  }

  public Role getRole() {
    return role;
  }

  public boolean isIncoming() {
    return role == Role.PAYEE;
  }

  public String getTransactionId() {
    return payment.getTransactionId();
  }

  public Instant getTimestamp() {
    return Instant.ofEpochMilli(payment.getTimestamp());
  }

  /** Clock time where the payment happened (timestamp with its own UTC offset). */
  public LocalDateTime getLocalTime() {
    return localTime;
  }

  public int getLocalHour() {
    return localTime.getHour();
  }

  public BigDecimal getAmount() {
    return Money.of(payment);
  }

  public String getCurrency() {
    return payment.getCurrency();
  }

  public Channel getChannel() {
    return payment.getChannel();
  }

  public String getAccountId() {
    return role == Role.PAYER ? payment.getPayerAccountId() : payment.getPayeeAccountId();
  }

  public String getCounterpartyAccountId() {
    return role == Role.PAYER ? payment.getPayeeAccountId() : payment.getPayerAccountId();
  }

  public String getCounterpartyName() {
    return role == Role.PAYER ? payment.getPayeeName() : payment.getPayerName();
  }

  public String getCounterpartyCountry() {
    return role == Role.PAYER ? payment.getPayeeCountry() : payment.getPayerCountry();
  }

  public String getMcc() {
    return payment.getMerchantCategoryCode();
  }

  public String getMerchantName() {
    return payment.getMerchantName();
  }

  public String getCity() {
    return payment.getCity();
  }

  public String getBranchId() {
    return payment.getBranchId();
  }

  public String getDeviceId() {
    return payment.getDeviceId();
  }

  public String getMemo() {
    return payment.getMemo();
  }

  /** What the other side is (INDIVIDUAL, BUSINESS, TPPP, VASP, MSB), when the input says. */
  public PartyType getCounterpartyType() {
    return role == Role.PAYER ? payment.getPayeeType() : payment.getPayerType();
  }

  /** Blockchain-analytics label of the crypto counterparty, lower case, or null. */
  public String getWalletRiskLabel() {
    return payment.getWalletRiskLabel();
  }

  /** Codes branch staff recorded (ESCORTED, THIRD_PARTY_SPEAKS, ...), upper case. */
  public List<String> getTellerObservations() {
    return payment.getTellerObservations();
  }
}

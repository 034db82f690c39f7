package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.lantern.schema.Account;
import org.lantern.schema.HolderType;

/**
 * The account a payment side belongs to, with its KYC record when the bank holds one. {@code
 * known} is false for accounts at other banks or not yet in the KYC feed.
 */
public final class AccountFact {
  private final String accountId;
  private final Account kyc;

  public AccountFact(String accountId, Account kyc) {
    this.accountId = accountId;
    this.kyc = kyc;
  }

  public String getAccountId() {
    return accountId;
  }

  public boolean isKnown() {
    return kyc != null;
  }

  public String getCustomerId() {
    return kyc == null ? null : kyc.getCustomerId();
  }

  public String getHolderName() {
    return kyc == null ? null : kyc.getHolderName();
  }

  public HolderType getHolderType() {
    return kyc == null ? null : kyc.getHolderType();
  }

  public boolean isBusiness() {
    return kyc != null && kyc.getHolderType() == HolderType.BUSINESS;
  }

  public String getOccupation() {
    return kyc == null ? null : kyc.getOccupation();
  }

  public String getBusinessType() {
    return kyc == null ? null : kyc.getBusinessType();
  }

  public String getCountry() {
    return kyc == null ? null : kyc.getCountry();
  }

  public LocalDate getOpenedAt() {
    return kyc == null || kyc.getOpenedAt() == null ? null : LocalDate.parse(kyc.getOpenedAt());
  }

  public BigDecimal getDeclaredMonthlyIncome() {
    return kyc == null || kyc.getDeclaredMonthlyIncome() == null ? null : new BigDecimal(kyc.getDeclaredMonthlyIncome());
  }

  public Account getKyc() {
    return kyc;
  }
}

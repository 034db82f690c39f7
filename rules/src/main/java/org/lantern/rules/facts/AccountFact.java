package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.lantern.schema.Account;
import org.lantern.schema.HolderType;

/**
 * The account a payment side belongs to, with its KYC record when the bank holds one. {@code
 * known} is false for accounts at other banks or not yet in the KYC feed. {@code historyDays} is
 * how much of the account's past the monitor has seen (from its first payment seen to this one),
 * and {@code watchedSinceOpening} whether that past is all there is: a rule that tells an
 * account's regular habits from something new needs one or the other, else on the first days of
 * monitoring every habit looks new.
 */
public final class AccountFact {
  private static final long DAY = 86_400_000L;
  private final String accountId;
  private final Account kyc;
  private final long historyDays;
  private final boolean watchedSinceOpening;

  /**
   * @param firstSeen epoch millis of the account's first payment seen (0: none yet)
   * @param now epoch millis of the payment being evaluated
   */
  public AccountFact(String accountId, Account kyc, long firstSeen, long now) {
    this.accountId = accountId;
    this.kyc = kyc;
    long first = firstSeen == 0 ? now : Math.min(firstSeen, now);
    this.historyDays = (now - first) / DAY;
    this.watchedSinceOpening = kyc != null && kyc.getOpenedAt() != null
        && LocalDate.parse(kyc.getOpenedAt()).toEpochDay() >= Math.floorDiv(first, DAY) - 7;
  }

  public long getHistoryDays() {
    return historyDays;
  }

  public boolean isWatchedSinceOpening() {
    return watchedSinceOpening;
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

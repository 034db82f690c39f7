package org.lantern.rules.facts;

import java.util.List;
import java.util.Objects;
import org.lantern.schema.Payment;

/**
 * An identifier (normalised phone, email, address or device) and the accounts that carry it,
 * evaluated whenever an account joins the set. Rules on it tie accounts together; every listed
 * account gets the hit, with the others as related accounts.
 */
public final class SharedIdentifier {
  /** One account carrying the identifier. */
  public record Holder(String accountId, String customerId, String holderName, List<Payment> payments) {}

  private final String kind;
  private final String value;
  private final List<Holder> holders;
  private final long windowDays;

  public SharedIdentifier(String kind, String value, List<Holder> holders, long windowDays) {
    this.kind = kind;
    this.value = value;
    this.holders = List.copyOf(holders);
    this.windowDays = windowDays;
  }

  /** PHONE, EMAIL, ADDRESS or DEVICE. */
  public String getKind() {
    return kind;
  }

  public String getValue() {
    return value;
  }

  public List<Holder> getHolders() {
    return holders;
  }

  public int getAccountCount() {
    return holders.size();
  }

  /** Distinct customers; accounts without KYC count as their own customer. */
  public int getCustomerCount() {
    return (int)
        holders.stream().map(h -> Objects.requireNonNullElse(h.customerId(), h.accountId())).distinct().count();
  }

  /** Distinct holder names, case-insensitive; unknown names count as distinct. */
  public int getHolderCount() {
    return (int)
        holders.stream()
            .map(h -> h.holderName() == null ? "#" + h.accountId() : h.holderName().trim().toLowerCase())
            .distinct()
            .count();
  }

  /** How far back the set reaches (devices); 0 when the set does not expire (KYC identifiers). */
  public long getWindowDays() {
    return windowDays;
  }
}

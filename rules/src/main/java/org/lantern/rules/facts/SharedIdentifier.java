package org.lantern.rules.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kie.api.definition.type.ClassReactive;
import org.lantern.schema.Payment;

/**
 * An identifier (normalised phone, email, address or device) and the accounts that carry it,
 * evaluated whenever an account joins the set. Rules on it tie accounts together; every listed
 * account gets the hit, with the others as related accounts.
 */
// Facts are inserted, fired on and deleted, never modified: no property reactivity is needed,
// and without it constraints may call methods with parameters (openedTogether(n), rising(m, n)).
@ClassReactive
public final class SharedIdentifier {
  /** One account carrying the identifier. */
  public record Holder(String accountId, String customerId, String holderName, LocalDate openedAt, List<Payment> payments) {}

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

  /** PHONE, EMAIL, EMAIL_NAME (the name an email spells, when not the holder's), ADDRESS, DEVICE, INTRODUCER (who brought the applicant), CUSTOMER or FORWARDS_TO (money flow to the account {@code value}). */
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

  /**
   * Distinct surnames among the holders (the last word of the name): how many apparently
   * unrelated households share the identifier; unknown names count as distinct.
   */
  public int getSurnameCount() {
    return (int) holders.stream()
        .map(h -> h.holderName() == null ? "#" + h.accountId() : Window.surname(h.holderName()))
        .distinct()
        .count();
  }

  /**
   * The most distinct customers whose accounts were opened within {@code days} of each other
   * (0: the same day); accounts without an opening date do not count.
   */
  public int openedTogether(int days) {
    List<Holder> dated = holders.stream().filter(h -> h.openedAt() != null)
        .sorted(Comparator.comparing(Holder::openedAt)).toList();
    int best = 0;
    for (int i = 0; i < dated.size(); i++) {
      Set<String> customers = new HashSet<>();
      for (int j = i; j < dated.size() && ChronoUnit.DAYS.between(dated.get(i).openedAt(), dated.get(j).openedAt()) <= days; j++) {
        customers.add(Objects.requireNonNullElse(dated.get(j).customerId(), dated.get(j).accountId()));
      }
      best = Math.max(best, customers.size());
    }
    return best;
  }

  /**
   * The holders' payments together, each once, within {@code windowDays} of the newest: for a
   * CUSTOMER key, what entered the customer's pooled windows on all its accounts ({@link Split}).
   */
  public List<Payment> getPooledPayments() {
    List<Payment> pooled = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    holders.forEach(h -> h.payments().forEach(p -> {
      if (ids.add(p.getTransactionId())) {
        pooled.add(p);
      }
    }));
    long newest = pooled.stream().mapToLong(Payment::getTimestamp).max().orElse(0);
    pooled.removeIf(p -> windowDays > 0 && p.getTimestamp() <= newest - windowDays * 86_400_000L);
    return pooled;
  }

  /** The holders' payments, all together: the evidence of a pooled firing. */
  public int getPaymentCount() {
    return (int) holders.stream().flatMap(h -> h.payments().stream()).map(Payment::getTransactionId).distinct().count();
  }

  /** How far back the set reaches (devices, pooled payments); 0 when the set does not expire (KYC identifiers). */
  public long getWindowDays() {
    return windowDays;
  }
}

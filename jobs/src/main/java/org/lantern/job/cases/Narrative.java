package org.lantern.job.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lantern.rules.facts.Hits;
import org.lantern.rules.facts.Money;
import org.lantern.schema.Account;
import org.lantern.schema.Case;
import org.lantern.schema.Evidence;
import org.lantern.schema.Indicator;
import org.lantern.schema.LinkKind;
import org.lantern.schema.Payment;
import org.lantern.schema.RelatedAccount;

/**
 * A draft SAR narrative for a case, organised as FinCEN's narrative guidance asks (who, what,
 * when, where, why, how) and carrying the advisory key term. Investigators edit it; every
 * statement in it is drawn from the case's own indicators and payments.
 */
public final class Narrative {
  public static final String KEY_TERM = "HUMAN TRAFFICKING FIN-2020-A008";

  private Narrative() {}

  public static String of(Case c) {
    StringBuilder s = new StringBuilder(KEY_TERM).append(". ");
    s.append("WHO: account ").append(c.getSubjectAccountId());
    Account a = c.getSubject();
    if (a != null) {
      s.append(", held by ").append(a.getHolderName()).append(" (customer ").append(a.getCustomerId())
          .append(", ").append(a.getHolderType().name().toLowerCase());
      if (a.getOccupation() != null) {
        s.append(", occupation ").append(a.getOccupation());
      }
      if (a.getBusinessType() != null) {
        s.append(", business type ").append(a.getBusinessType());
      }
      s.append(")");
    }
    s.append(". ");
    Set<String> payments = new LinkedHashSet<>();
    Map<String, BigDecimal> totals = new TreeMap<>();
    Set<String> places = new LinkedHashSet<>();
    for (Evidence e : c.getEvidence()) {
      Payment p = e.getPayment();
      if (payments.add(p.getTransactionId())) {
        totals.merge(p.getCurrency(), Money.of(p), BigDecimal::add);
        if (p.getCity() != null) {
          places.add(p.getCity() + (p.getBranchId() != null ? " (" + p.getBranchId() + ")" : ""));
        }
      }
    }
    if (!payments.isEmpty()) {
      s.append("WHEN: ").append(date(c.getFirstActivity())).append(" to ").append(date(c.getLastActivity())).append(". ");
    }
    s.append("WHAT: ").append(c.getIndicators().size()).append(" trafficking indicator(s) from ")
        .append(c.getFamilies().size()).append(" famil").append(c.getFamilies().size() == 1 ? "y" : "ies")
        .append(" (").append(String.join(", ", c.getFamilies())).append("), risk score ")
        .append(Math.round(c.getScore())).append(":");
    for (Indicator i : c.getIndicators()) {
      s.append(" [").append(i.getRuleId()).append(" v").append(i.getRuleVersion()).append(", ")
          .append(i.getStrength().toLowerCase()).append("] ").append(i.getExplanation()).append(" (source ")
          .append(i.getSource()).append(").");
    }
    s.append(" ");
    if (!payments.isEmpty()) {
      s.append("HOW: ").append(payments.size()).append(" payment(s) totalling ");
      Map<String, String> shown = new LinkedHashMap<>();
      totals.forEach((ccy, amt) -> shown.put(ccy, Hits.money(amt) + " " + ccy));
      s.append(String.join(" and ", shown.values())).append(". ");
    }
    if (!places.isEmpty()) {
      s.append("WHERE: ").append(String.join(", ", places)).append(". ");
    }
    related(s, c);
    s.append("WHY: ").append(c.getOpenReason())
        .append("; public guidance holds that single red flags are weak and combinations across families warrant review.");
    return s.toString();
  }

  /** Accounts tied by shared identifiers in full; counterparties by count with a few examples. */
  private static void related(StringBuilder s, Case c) {
    Map<String, Set<String>> shared = new TreeMap<>();
    Set<String> counterparties = new LinkedHashSet<>();
    for (RelatedAccount r : c.getRelatedAccounts()) {
      if (r.getLink() == LinkKind.COUNTERPARTY) {
        counterparties.add(r.getAccountId());
      } else {
        shared.computeIfAbsent(r.getLink().name().toLowerCase().replace('_', ' ') + " " + r.getDetail(),
            k -> new TreeSet<>()).add(r.getAccountId());
      }
    }
    if (!shared.isEmpty()) {
      s.append("LINKED: ");
      int n = 0;
      for (Map.Entry<String, Set<String>> e : shared.entrySet()) {
        s.append(n++ > 0 ? "; " : "").append(e.getKey()).append(" with ").append(String.join(", ", e.getValue()));
      }
      s.append(". ");
    }
    if (!counterparties.isEmpty()) {
      s.append("COUNTERPARTIES in the evidence: ").append(counterparties.size()).append(" accounts (")
          .append(String.join(", ", counterparties.stream().limit(5).toList()))
          .append(counterparties.size() > 5 ? ", ..." : "").append("). ");
    }
  }

  private static LocalDate date(long epochMillis) {
    return LocalDate.ofInstant(java.time.Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
  }
}

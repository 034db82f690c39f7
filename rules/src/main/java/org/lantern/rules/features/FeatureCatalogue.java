package org.lantern.rules.features;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.lantern.rules.facts.Money;
import org.lantern.rules.facts.Params;
import org.lantern.schema.Channel;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * The feature windows the account monitor keeps for every account, with their qualifying
 * conditions drawn from the rulebook's parameters. Rules see them as {@code Window(name == ...)}
 * facts; rulebook/README.md lists them.
 */
public final class FeatureCatalogue {
  private final List<FeatureDefinition> windows;
  private final Duration longest;

  public FeatureCatalogue(Params p) {
    int capacity = p.integer("window.capacity");
    String currency = p.text("reportingCurrency");
    BigDecimal threshold = BigDecimal.valueOf(p.num("cashReportingThreshold"));
    BigDecimal nearThreshold = threshold.multiply(BigDecimal.valueOf(p.num("STR-01.band")));
    Set<String> adMccs = p.set("NCP-01.mccs");
    Set<String> topUpMccs = p.set("NCP-08.mccs");
    // Parameters are read once here, not in the predicates, which run for every payment side.
    BigDecimal smallCashMin = num(p, "STR-02.minAmount");
    BigDecimal smallCashMax = num(p, "STR-02.maxAmount");
    BigDecimal p2pMin = num(p, "NCP-10.minAmount");
    BigDecimal p2pMax = num(p, "NCP-10.maxAmount");
    this.windows =
        List.of(
            new FeatureDefinition(
                "cashNearThreshold7d", Duration.ofDays(7), Role.PAYEE, capacity,
                pay -> pay.getChannel() == Channel.CASH_DEPOSIT
                    && currency.equals(pay.getCurrency())
                    && between(Money.of(pay), nearThreshold, threshold, false),
                "cash deposits just under the cash reporting threshold"),
            new FeatureDefinition(
                "smallCashDeposits30d", Duration.ofDays(30), Role.PAYEE, capacity,
                pay -> pay.getChannel() == Channel.CASH_DEPOSIT
                    && between(Money.of(pay), smallCashMin, smallCashMax, true),
                "small cash deposits (third-party placement)"),
            new FeatureDefinition(
                "adPlatformPayments30d", Duration.ofDays(30), Role.PAYER, capacity,
                pay -> (pay.getChannel() == Channel.CARD || pay.getChannel() == Channel.PREPAID_CARD)
                    && adMccs.contains(pay.getMerchantCategoryCode()),
                "card payments to online advertising, classifieds and escort services"),
            new FeatureDefinition(
                "phoneTopUps30d", Duration.ofDays(30), Role.PAYER, capacity,
                pay -> topUpMccs.contains(pay.getMerchantCategoryCode()),
                "prepaid phone top-ups and telecom purchases"),
            new FeatureDefinition(
                "smallP2pInflows30d", Duration.ofDays(30), Role.PAYEE, capacity,
                pay -> (pay.getChannel() == Channel.P2P || pay.getChannel() == Channel.MONEY_TRANSFER)
                    && between(Money.of(pay), p2pMin, p2pMax, true),
                "small person-to-person credits"));
    this.longest = windows.stream().map(FeatureDefinition::length).max(Duration::compareTo).orElseThrow();
  }

  public List<FeatureDefinition> windows() {
    return windows;
  }

  /** The longest window: state older than this (plus allowed lateness) is never read again. */
  public Duration longest() {
    return longest;
  }

  private static BigDecimal num(Params p, String name) {
    return BigDecimal.valueOf(p.num(name));
  }

  private static boolean between(BigDecimal v, BigDecimal low, BigDecimal high, boolean highInclusive) {
    int h = v.compareTo(high);
    return v.compareTo(low) >= 0 && (highInclusive ? h <= 0 : h < 0);
  }
}

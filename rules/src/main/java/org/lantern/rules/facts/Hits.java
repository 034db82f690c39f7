package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;
import org.lantern.rules.Hit;
import org.lantern.rules.RuleInfo;
import org.lantern.schema.Payment;

/**
 * The global {@code hits} through which a rule's consequence records that it fired: {@code
 * hits.fire(kcontext, $window)} or {@code hits.fire(kcontext, $payment, $window, ...)}. It reads
 * the rule's metadata, takes observed values and evidence from the facts passed in, fills the
 * rule's {@code @explain} template, and attaches the rule's parameters as thresholds.
 */
public final class Hits {
  private static final Pattern NTH_WINDOW = Pattern.compile("w(\\d+)\\.(.+)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.\\-]+)}");

  private final Function<String, RuleInfo> rules;
  private final Params params;
  private final String rulebookVersion;
  private final List<Hit> fired = new ArrayList<>();
  private Instant eventTime = Instant.EPOCH;

  public Hits(Function<String, RuleInfo> rules, Params params, String rulebookVersion) {
    this.rules = rules;
    this.params = params;
    this.rulebookVersion = rulebookVersion;
  }

  /** Called by the evaluator before each evaluation. */
  public void reset(Instant eventTime) {
    this.eventTime = eventTime;
    fired.clear();
  }

  public List<Hit> fired() {
    return fired;
  }

  /** Records a firing of the calling rule, supported by the given facts. */
  public void fire(RuleContext kcontext, Object... facts) {
    record(kcontext, null, facts);
  }

  /**
   * Records a firing of a VICTIM rule: the account evaluated looks exploited by
   * {@code beneficiary}, whose case receives the firing (with this account as a related victim).
   */
  public void victimOf(RuleContext kcontext, String beneficiary, Object... facts) {
    record(kcontext, beneficiary, facts);
  }

  private void record(RuleContext kcontext, String beneficiary, Object... facts) {
    RuleInfo rule = rules.apply(kcontext.getRule().getName());
    Map<String, String> observed = new LinkedHashMap<>();
    List<Payment> evidence = new ArrayList<>();
    List<String> windows = new ArrayList<>();
    for (Object fact : facts) {
      if (fact instanceof Window w) {
        // The first window's values are unprefixed, later ones under "<window>."; templates may
        // also say "<first window>.x" or "w<n>.x" (the n-th window passed), resolved when filling.
        String p = windows.isEmpty() ? "" : w.getName() + ".";
        windows.add(w.getName());
        observed.put(p + "count", Integer.toString(w.getCount()));
        observed.put(p + "sum", money(w.getSum()));
        observed.put(p + "minAmount", money(w.getMinAmount()));
        observed.put(p + "maxAmount", money(w.getMaxAmount()));
        observed.put(p + "distinctCounterparties", Integer.toString(w.getDistinctCounterparties()));
        observed.put(p + "distinctLocations", Integer.toString(w.getDistinctLocations()));
        observed.put(p + "distinctCities", Integer.toString(w.getDistinctCities()));
        observed.put(p + "distinctCountries", Integer.toString(w.getDistinctCountries()));
        observed.put(p + "distinctHolderNames", Integer.toString(w.getDistinctHolderNames()));
        observed.put(p + "repeatedCounterparties", Integer.toString(w.getRepeatedCounterparties()));
        observed.put(p + "maxWithOneCounterparty", Integer.toString(w.getMaxWithOneCounterparty()));
        observed.put(p + "maxInOneCity", Integer.toString(w.getMaxInOneCity()));
        observed.put(p + "maxStaysInOneCity", Integer.toString(w.getMaxStaysInOneCity()));
        observed.put(p + "unrelatedCounterparties", Integer.toString(w.getUnrelatedCounterparties()));
        observed.put(p + "spanDays", Long.toString(w.getSpanDays()));
        if (w.getTopCounterparty() != null) {
          observed.put(p + "topCounterparty", w.getTopCounterparty());
        }
        if (w.getDistinctTellerCodes() > 0) {
          observed.put(p + "distinctTellerCodes", Integer.toString(w.getDistinctTellerCodes()));
        }
        observed.put(p + "nightCount", Integer.toString(w.getNightCount()));
        observed.put(p + "nightShare", twoPlaces(w.getNightShare()));
        observed.put(p + "windowDays", Long.toString(w.getLengthDays()));
        observed.put(p + "windowHours", Long.toString(w.getLengthHours()));
        observed.putIfAbsent("currency", String.valueOf(w.getCurrency()));
        addEvidence(evidence, w.getPayments());
      } else if (fact instanceof PaymentFact pf) {
        observed.putIfAbsent("amount", money(pf.getAmount()));
        observed.putIfAbsent("currency", pf.getCurrency());
        observed.putIfAbsent("channel", pf.getChannel().name());
        observed.putIfAbsent("localTime", pf.getLocalTime().toString());
        putIfPresent(observed, "mcc", pf.getMcc());
        putIfPresent(observed, "merchantName", pf.getMerchantName());
        putIfPresent(observed, "city", pf.getCity());
        putIfPresent(observed, "counterparty", pf.getCounterpartyName());
        putIfPresent(observed, "walletRiskLabel", pf.getWalletRiskLabel());
        if (!pf.getTellerObservations().isEmpty()) {
          observed.putIfAbsent("tellerObservations", String.join(", ", pf.getTellerObservations()));
        }
        addEvidence(evidence, List.of(pf.getPayment()));
      } else if (fact instanceof SharedIdentifier s) {
        observed.put("identifierKind", s.getKind());
        observed.put("identifier", s.getValue());
        observed.put("accounts", Integer.toString(s.getAccountCount()));
        observed.put("customers", Integer.toString(s.getCustomerCount()));
        observed.put("surnames", Integer.toString(s.getSurnameCount()));
        observed.put("holders", Integer.toString(s.getHolderCount()));
        observed.put("payments", Integer.toString(s.getPaymentCount()));
        if (s.getWindowDays() > 0) {
          observed.put("windowDays", Long.toString(s.getWindowDays()));
        }
        List<String> opened = s.getHolders().stream().filter(h -> h.openedAt() != null)
            .map(h -> h.openedAt().toString()).sorted().toList();
        if (!opened.isEmpty()) {
          observed.put("openedDates", String.join(", ", opened));
        }
        s.getHolders().forEach(h -> addEvidence(evidence, h.payments()));
      } else if (fact instanceof PassThrough f) {
        observed.put("cycles", Integer.toString(f.getCycles()));
        flow(observed, evidence, f);
      } else if (fact instanceof Burst b) {
        observed.put("recipient", b.getRecipient());
        observed.put("burstPayments", Integer.toString(b.getCount()));
        observed.put("firstAmount", money(Money.of(b.getPayments().get(0))));
        observed.put("lastAmount", money(Money.of(b.getPayments().get(b.getCount() - 1))));
        observed.put("escalation", twoPlaces(b.getEscalation()));
        observed.put("burstHours", Integer.toString(b.getHours()));
        observed.putIfAbsent("currency", b.getPayments().get(0).getCurrency());
        addEvidence(evidence, b.getPayments());
      } else if (fact instanceof Split s) {
        observed.put("splitDays", Integer.toString(s.getDays()));
        observed.put("splitDates", s.getSplitDays().stream().map(Object::toString).collect(Collectors.joining(", ")));
        observed.put("splitThresholds", s.getThresholds());
        addEvidence(evidence, s.getPayments());
      } else if (fact instanceof FanIn f) {
        observed.put("senders", Integer.toString(f.getSenders()));
        observed.put("newSenders", Integer.toString(f.getNewSenders()));
        observed.put("topSenderShare", twoPlaces(f.getTopSenderShare()));
        flow(observed, evidence, f);
      } else if (fact instanceof SpendMix m) {
        observed.put("mix", m.getName());
        observed.put("categories", Integer.toString(m.getCategoryCount()));
        observed.put("recentDays", Integer.toString(7 * m.getRecentWeeks()));
        observed.put("historyWeeks", Integer.toString(m.getHistoryWeeks()));
        List<String> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (SpendMix.Category c : m.getCategories()) {
          parts.add(c.name() + " " + c.recentCount() + " (" + money(c.recentAmount()) + "; usually "
              + BigDecimal.valueOf(c.usualCount()).setScale(1, RoundingMode.HALF_UP).toPlainString() + ")");
          observed.put(c.name() + ".recentCount", Integer.toString(c.recentCount()));
          observed.put(c.name() + ".usualCount", twoPlaces(c.usualCount()));
          total = total.add(c.recentAmount());
        }
        observed.put("byCategory", String.join(", ", parts));
        observed.put("recentAmount", money(total));
      } else if (fact instanceof AccountFact a) {
        putIfPresent(observed, "holderType", a.getHolderType() == null ? null : a.getHolderType().name());
        putIfPresent(observed, "occupation", a.getOccupation());
        putIfPresent(observed, "businessType", a.getBusinessType());
        putIfPresent(observed, "declaredMonthlyIncome", a.getKyc() == null ? null : a.getKyc().getDeclaredMonthlyIncome());
        observed.put("historyDays", Long.toString(a.getHistoryDays()));
      }
    }
    evidence.sort(
        (x, y) -> {
          int c = Long.compare(x.getTimestamp(), y.getTimestamp());
          return c != 0 ? c : x.getTransactionId().compareTo(y.getTransactionId());
        });
    Map<String, String> thresholds = thresholds(rule, observed);
    fired.add(
        new Hit(
            rule,
            rulebookVersion,
            fill(rule.explain(), observed, windows),
            observed,
            thresholds,
            evidence,
            eventTime,
            beneficiary));
  }

  /** The rule's own parameters, plus shared ones its explanation quotes. */
  private Map<String, String> thresholds(RuleInfo rule, Map<String, String> observed) {
    Map<String, String> out = new LinkedHashMap<>(params.withPrefix(rule.id()));
    Matcher m = PLACEHOLDER.matcher(rule.explain());
    while (m.find()) {
      String key = m.group(1);
      if (!observed.containsKey(key) && params.has(key)) {
        out.putIfAbsent(key, params.text(key));
      }
    }
    return out;
  }

  private String fill(String template, Map<String, String> observed, List<String> windows) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = windowKey(m.group(1), windows);
      String value = observed.get(key);
      if (value == null && params.has(key)) {
        value = params.text(key);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** "w2.sum" and "<second window>.sum" name the same value; the first window's values are unprefixed. */
  private static String windowKey(String key, List<String> windows) {
    Matcher w = NTH_WINDOW.matcher(key);
    if (w.matches()) {
      int n = Integer.parseInt(w.group(1));
      if (n < 1 || n > windows.size()) {
        return key;
      }
      key = windows.get(n - 1) + "." + w.group(2);
    }
    if (!windows.isEmpty() && key.startsWith(windows.get(0) + ".")) {
      return key.substring(windows.get(0).length() + 1);
    }
    return key;
  }

  /** Evidence lists each payment once, whichever facts bring it. */
  private static void addEvidence(List<Payment> evidence, List<Payment> payments) {
    for (Payment p : payments) {
      if (!evidence.contains(p)) {
        evidence.add(p);
      }
    }
  }

  private static void putIfPresent(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.putIfAbsent(k, v);
    }
  }

  /** What a money flow (pass-through, fan-in) observed: who got it, what came in, what went on. */
  private static void flow(Map<String, String> observed, List<Payment> evidence, MoneyFlow f) {
    observed.put("beneficiary", f.getBeneficiary());
    observed.put("credited", money(f.getCredited()));
    observed.put("forwarded", money(f.getForwarded()));
    observed.put("forwardedShare", twoPlaces(f.getShare()));
    observed.putIfAbsent("currency", f.getPayments().get(0).getCurrency());
    addEvidence(evidence, f.getPayments());
  }

  /** A ratio or share to two places: 0.8571 -> 0.86. */
  static String twoPlaces(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Amounts as plain decimals with at least two places: 9500.0000 -> 9500.00. */
  public static String money(BigDecimal amount) {
    BigDecimal s = amount.stripTrailingZeros();
    return s.scale() < 2 ? s.setScale(2).toPlainString() : s.toPlainString();
  }
}

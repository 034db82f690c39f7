package org.lantern.job;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lantern.schema.Channel;
import org.lantern.schema.Indicator;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.IndicatorHit;

/** Named times and builders for job tests. */
public final class Fixtures {
  public static final Instant DAY_1 = Instant.parse("2026-03-02T00:00:00Z");

  private Fixtures() {}

  public static Instant day(int n, int hour) {
    return DAY_1.plusSeconds((n - 1) * 86_400L + hour * 3600L);
  }

  public static Payment payment(String id, Instant t, String amount, Channel channel, String payer, String payee) {
    BigDecimal a = new BigDecimal(amount);
    return Payment.newBuilder().setTransactionId(id).setTimestamp(t.toEpochMilli()).setUtcOffsetSeconds(0)
        .setAmountUnscaled(a.unscaledValue().longValueExact()).setAmountScale(a.scale()).setCurrency("USD").setChannel(channel)
        .setPayerAccountId(payer).setPayeeAccountId(payee).build();
  }

  /** A hit of rule {@code ruleId} for {@code subject} at {@code t}, supported by the given payments. */
  public static CaseInput hit(String subject, String ruleId, String family, String strength, double weight, Instant t,
      Payment... evidence) {
    List<String> txIds = new ArrayList<>();
    for (Payment p : evidence) {
      txIds.add(p.getTransactionId());
    }
    Indicator i = Indicator.newBuilder().setRuleId(ruleId).setRuleVersion("1").setFamily(family).setStrength(strength)
        .setWeight(weight).setDescription(ruleId + " description").setExplanation(ruleId + " at " + t)
        .setSource("S1").setFirstSeen(evidence.length > 0 ? evidence[0].getTimestamp() : t.toEpochMilli()).setLastSeen(t.toEpochMilli())
        .setObserved(Map.of("count", Integer.toString(evidence.length))).setThresholds(Map.of())
        .setTransactionIds(txIds).setRulebookVersion("test").build();
    IndicatorHit h = IndicatorHit.newBuilder().setSubjectAccountId(subject).setIndicator(i).setEventTime(t.toEpochMilli())
        .setEvidence(List.of(evidence)).setRelated(List.of()).setSubject(null).setIngestNanos(0).build();
    return new CaseInput(subject, h, List.of());
  }
}

package org.lantern.job.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.rules.Hit;
import org.lantern.rules.PartyRole;
import org.lantern.schema.Account;
import org.lantern.schema.Indicator;
import org.lantern.schema.LinkKind;
import org.lantern.schema.Payment;
import org.lantern.schema.RelatedAccount;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.IndicatorHit;

/**
 * Turns a rule engine {@link Hit} into the record the case builder receives. A VICTIM rule's
 * firing goes to its beneficiary's case, with the account it fired on as a related VICTIM.
 */
public final class IndicatorHits {
  /** How a counterparty link's detail begins: the payments behind it follow, comma-separated. */
  static final String PAYMENTS_DETAIL = "payments ";

  private IndicatorHits() {}

  /** A firing on {@code firedOn} (KYC {@code profile}); related accounts are the evidence's counterparties. */
  public static CaseInput routed(Hit hit, String firedOn, Account profile, long ingestNanos) {
    String beneficiary = hit.beneficiary();
    if (beneficiary == null || beneficiary.equals(firedOn)) {
      return toCaseInput(hit, firedOn, profile, counterparties(firedOn, hit.evidence()), ingestNanos);
    }
    List<RelatedAccount> related = new ArrayList<>();
    for (RelatedAccount r : counterparties(beneficiary, hit.evidence())) {
      if (r.getAccountId().equals(firedOn)) {
        r.setRole(PartyRole.VICTIM.name());
      }
      related.add(r);
    }
    return toBeneficiary(hit, List.of(firedOn), related, ingestNanos);
  }

  /**
   * A VICTIM rule's firing on {@code victims} for their beneficiary's case (keyed by the
   * beneficiary, no KYC: the beneficiary's own hits bring it), naming them in {@code firedOn}.
   */
  public static CaseInput toBeneficiary(Hit hit, List<String> victims, List<RelatedAccount> related, long ingestNanos) {
    CaseInput in = toCaseInput(hit, hit.beneficiary(), null, related, ingestNanos);
    in.getHit().getIndicator().setFiredOn(String.join(",", victims));
    return in;
  }

  public static CaseInput toCaseInput(
      Hit hit, String subjectAccountId, Account subject, List<RelatedAccount> related, long ingestNanos) {
    List<String> txIds = new ArrayList<>(hit.evidence().size());
    for (Payment p : hit.evidence()) {
      txIds.add(p.getTransactionId());
    }
    Indicator indicator =
        Indicator.newBuilder()
            .setRuleId(hit.rule().id())
            .setRuleVersion(hit.rule().version())
            .setFamily(hit.rule().family().name())
            .setStrength(hit.rule().strength().name())
            .setWeight(hit.rule().weight())
            .setDescription(hit.rule().description())
            .setExplanation(hit.explanation())
            .setSource(hit.rule().source())
            .setFirstSeen(hit.evidence().isEmpty() ? hit.eventTime().toEpochMilli() : hit.evidence().get(0).getTimestamp())
            .setLastSeen(hit.eventTime().toEpochMilli())
            .setObserved(new LinkedHashMap<>(hit.observed()))
            .setThresholds(new LinkedHashMap<>(hit.thresholds()))
            .setTransactionIds(txIds)
            .setRulebookVersion(hit.rulebookVersion())
            .setRole(hit.rule().role() == null ? null : hit.rule().role().name())
            .build();
    IndicatorHit record =
        IndicatorHit.newBuilder()
            .setSubjectAccountId(subjectAccountId)
            .setIndicator(indicator)
            .setEventTime(hit.eventTime().toEpochMilli())
            .setEvidence(new ArrayList<>(hit.evidence()))
            .setRelated(related)
            .setSubject(subject)
            .setIngestNanos(ingestNanos)
            .build();
    return new CaseInput(subjectAccountId, record, List.of());
  }

  /** The subject's counterparties in the evidence that are accounts, each with its payments. */
  public static List<RelatedAccount> counterparties(String subject, List<Payment> evidence) {
    Map<String, List<String>> byAccount = new LinkedHashMap<>();
    for (Payment p : evidence) {
      String other = subject.equals(p.getPayerAccountId()) ? p.getPayeeAccountId() : p.getPayerAccountId();
      if (other != null && !other.equals(subject)) {
        byAccount.computeIfAbsent(other, k -> new ArrayList<>()).add(p.getTransactionId());
      }
    }
    List<RelatedAccount> out = new ArrayList<>();
    byAccount.forEach(
        (acct, txs) -> out.add(new RelatedAccount(acct, LinkKind.COUNTERPARTY, PAYMENTS_DETAIL + String.join(", ", txs), null)));
    return out;
  }
}

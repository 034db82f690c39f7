package org.lantern.job.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.lantern.schema.Case;
import org.lantern.schema.Evidence;
import org.lantern.schema.Indicator;
import org.lantern.schema.Payment;
import org.lantern.schema.RelatedAccount;
import org.lantern.rules.PartyRole;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.CaseState;
import org.lantern.schema.internal.IndicatorHit;

/**
 * The case logic for one subject, without Flink: merges hits and links into the subject's state,
 * decides whether they make a case, and renders the case. Merging is order-independent (per rule
 * the latest firing wins, payments and links are unions), so the same input gives the same final
 * case however the hits interleave.
 */
public final class CaseAssembler {
  /** Indicators with this time are standing facts (KYC identifiers) that never age out. */
  public static final long STANDING = 0L;

  private static final int MAX_EVIDENCE = 500;

  private final CasePolicy policy;

  public CaseAssembler(CasePolicy policy) {
    this.policy = policy;
  }

  public static CaseState empty(int sequence) {
    return new CaseState(sequence, 0, null, new HashMap<>(), new HashMap<>(), new HashMap<>(), null, 0L);
  }

  /** Merges one input; true when the subject's picture changed. */
  public boolean merge(CaseState state, CaseInput in) {
    boolean changed = false;
    for (RelatedAccount r : in.getRelated()) {
      changed |= relate(state, r);
    }
    IndicatorHit hit = in.getHit();
    if (hit == null) {
      return changed;
    }
    if (hit.getSubject() != null && !hit.getSubject().equals(state.getSubject())) {
      state.setSubject(hit.getSubject());
      changed = true;
    }
    for (RelatedAccount r : hit.getRelated()) {
      changed |= relate(state, r);
    }
    Indicator incoming = hit.getIndicator();
    Indicator current = state.getIndicators().get(incoming.getRuleId());
    Indicator merged = current == null ? copy(incoming) : mergeIndicator(current, incoming);
    changed |= !merged.equals(current);
    state.getIndicators().put(incoming.getRuleId(), merged);
    for (Payment p : hit.getEvidence()) {
      if (state.getEvidence().size() < MAX_EVIDENCE) {
        changed |= state.getEvidence().putIfAbsent(p.getTransactionId(), p) == null;
      }
    }
    state.setLatestHitTime(Math.max(state.getLatestHitTime(), hit.getEventTime()));
    return changed;
  }

  /** Why these indicators make a case, or null if they do not. */
  public String openReason(CaseState state) {
    Set<String> families = new TreeSet<>();
    Set<String> allFamilies = new TreeSet<>();
    double score = score(state);
    for (Indicator i : state.getIndicators().values()) {
      if (i.getStrength().equals("STRONG")) {
        return "strong indicator " + i.getRuleId();
      }
      if (i.getStrength().equals("MODERATE")) {
        families.add(i.getFamily());
      }
      allFamilies.add(i.getFamily());
    }
    if (families.size() >= policy.minFamilies()) {
      return "moderate indicators from " + families.size() + " families: " + String.join(", ", families);
    }
    // Weight alone never opens a case on one family, however many of its rules fire.
    if (score >= policy.minScore() && allFamilies.size() >= policy.minFamilies()) {
      return "combined weight " + score + " reaches " + policy.minScore();
    }
    return null;
  }

  public static double score(CaseState state) {
    return state.getIndicators().values().stream().mapToDouble(Indicator::getWeight).sum();
  }

  /**
   * Drops what has aged out as of {@code now}: a not-yet-open subject's indicators after the
   * window; an open case whole once it has been quiet for the window.
   *
   * @return the state to keep, or null when nothing is left
   */
  public CaseState expire(CaseState state, long now) {
    long horizon = now - policy.window().toMillis();
    if (state.getVersion() > 0) {
      return state.getLatestHitTime() <= horizon ? empty(state.getSequence() + 1) : state;
    }
    state.getIndicators().values().removeIf(
        i -> i.getLastSeen() != STANDING && i.getLastSeen() <= horizon);
    Set<String> stillUsed = new LinkedHashSet<>();
    state.getIndicators().values().forEach(i -> stillUsed.addAll(i.getTransactionIds()));
    state.getEvidence().keySet().retainAll(stillUsed);
    if (state.getIndicators().isEmpty() && state.getRelated().isEmpty()) {
      return state.getSequence() > 1 ? empty(state.getSequence()) : null;
    }
    return state;
  }

  /**
   * Adds a related account, or merges it into the one already listed, order-independently: the
   * smallest role name wins, counterparty payments are a union, another detail the smaller one.
   */
  private static boolean relate(CaseState state, RelatedAccount r) {
    String key = r.getAccountId() + "|" + r.getLink();
    RelatedAccount had = state.getRelated().get(key);
    if (had == null) {
      state.getRelated().put(key, r);
      return true;
    }
    String role = had.getRole() == null || (r.getRole() != null && r.getRole().compareTo(had.getRole()) < 0)
        ? r.getRole() : had.getRole();
    String detail = mergeDetail(had.getDetail(), r.getDetail());
    if (Objects.equals(role, had.getRole()) && Objects.equals(detail, had.getDetail())) {
      return false;
    }
    state.getRelated().put(key, RelatedAccount.newBuilder(had).setRole(role).setDetail(detail).build());
    return true;
  }

  private static String mergeDetail(String a, String b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    String p = IndicatorHits.PAYMENTS_DETAIL;
    if (a.startsWith(p) && b.startsWith(p)) {
      Set<String> ids = new TreeSet<>();
      for (String d : List.of(a, b)) {
        ids.addAll(List.of(d.substring(p.length()).split(", ")));
      }
      return p + String.join(", ", ids);
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * CONTROLLER when likely victims' money leads to the subject; else the role of the subject's
   * heaviest indicator that names one; else none.
   */
  static String subjectRole(List<Indicator> indicators) {
    if (indicators.stream().anyMatch(i -> i.getFiredOn() != null)) {
      return PartyRole.CONTROLLER.name();
    }
    return indicators.stream().filter(i -> i.getRole() != null)
        .max(Comparator.comparingDouble(Indicator::getWeight).thenComparing(Indicator::getRuleId, Comparator.reverseOrder()))
        .map(Indicator::getRole).orElse(null);
  }

  /** Renders the subject's current case. */
  public Case render(String subjectAccountId, CaseState state) {
    List<Indicator> indicators = new ArrayList<>(state.getIndicators().values());
    indicators.sort(Comparator.comparing(Indicator::getRuleId));
    List<Evidence> evidence = new ArrayList<>();
    for (Indicator i : indicators) {
      for (String tx : i.getTransactionIds()) {
        Payment p = state.getEvidence().get(tx);
        if (p != null) {
          evidence.add(new Evidence(i.getRuleId(), p));
        }
      }
    }
    evidence.sort(Comparator.comparingLong((Evidence e) -> e.getPayment().getTimestamp())
        .thenComparing(e -> e.getPayment().getTransactionId())
        .thenComparing(Evidence::getRuleId));
    List<RelatedAccount> related = new ArrayList<>(state.getRelated().values());
    related.removeIf(r -> r.getAccountId().equals(subjectAccountId));
    related.sort(Comparator.comparing(RelatedAccount::getAccountId).thenComparing(r -> r.getLink().name()));
    List<String> relatedIds = related.stream().map(RelatedAccount::getAccountId).distinct().toList();
    List<String> families = indicators.stream().map(Indicator::getFamily).distinct().sorted().toList();
    long first = evidence.isEmpty() ? STANDING : evidence.get(0).getPayment().getTimestamp();
    long last = evidence.isEmpty() ? STANDING : evidence.get(evidence.size() - 1).getPayment().getTimestamp();
    String rulebookVersion = indicators.stream()
        .max(Comparator.comparing(Indicator::getLastSeen).thenComparing(Indicator::getRulebookVersion))
        .map(Indicator::getRulebookVersion).orElse("");
    Case c = Case.newBuilder()
        .setCaseId(caseId(subjectAccountId, state.getSequence()))
        .setVersion(state.getVersion())
        .setSubjectAccountId(subjectAccountId)
        .setSubject(state.getSubject())
        .setRelatedAccountIds(new ArrayList<>(relatedIds))
        .setRelatedAccounts(related)
        .setScore(score(state))
        .setOpenReason(Objects.requireNonNullElse(state.getOpenReason(), ""))
        .setFamilies(new ArrayList<>(families))
        .setIndicators(indicators)
        .setEvidence(evidence)
        .setFirstActivity(first)
        .setLastActivity(last)
        .setRulebookVersion(rulebookVersion)
        .setNarrative("")
        .setSubjectRole(subjectRole(indicators))
        .build();
    c.setNarrative(Narrative.of(c));
    return c;
  }

  /** Deterministic: the same subject's n-th case always has the same id. */
  public static String caseId(String subjectAccountId, int sequence) {
    return "CASE-" + subjectAccountId + "-" + sequence;
  }

  private static Indicator copy(Indicator i) {
    return Indicator.newBuilder(i).setTransactionIds(new ArrayList<>(new TreeSet<>(i.getTransactionIds()))).build();
  }

  /**
   * Union of payments; observed values and explanation from the latest firing. Ties (firings at
   * the same time, e.g. KYC identifiers) go to the one with more payments, then the longer and
   * then the larger explanation, so the result does not depend on arrival order.
   */
  private static Indicator mergeIndicator(Indicator current, Indicator incoming) {
    int c = Long.compare(incoming.getLastSeen(), current.getLastSeen());
    if (c == 0) {
      c = Integer.compare(incoming.getTransactionIds().size(), current.getTransactionIds().size());
    }
    if (c == 0) {
      c = Integer.compare(incoming.getExplanation().length(), current.getExplanation().length());
    }
    if (c == 0) {
      c = incoming.getExplanation().compareTo(current.getExplanation());
    }
    boolean incomingWins = c > 0;
    Indicator base = incomingWins ? incoming : current;
    Set<String> txs = new LinkedHashSet<>(current.getTransactionIds());
    txs.addAll(incoming.getTransactionIds());
    long firstSeen = Math.min(incoming.getFirstSeen(), current.getFirstSeen());
    return Indicator.newBuilder(base)
        .setFirstSeen(firstSeen)
        .setLastSeen(incomingWins ? incoming.getLastSeen() : current.getLastSeen())
        .setTransactionIds(new ArrayList<>(new TreeSet<>(txs)))
        .build();
  }
}

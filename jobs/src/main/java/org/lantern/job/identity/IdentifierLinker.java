package org.lantern.job.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.lantern.job.Counters;
import org.lantern.job.CountsByKey;
import org.lantern.job.EvaluationErrors;
import org.lantern.job.cases.IndicatorHits;
import org.lantern.rules.CompiledRulebook;
import org.lantern.rules.Hit;
import org.lantern.rules.PartyRole;
import org.lantern.rules.RuleSession;
import org.lantern.rules.Rulebook;
import org.lantern.rules.RulebookCompiler;
import org.lantern.rules.facts.SharedIdentifier;
import org.lantern.schema.LinkKind;
import org.lantern.schema.Payment;
import org.lantern.schema.RelatedAccount;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.IdentifierEvent;
import org.lantern.schema.internal.IdentifierKind;
import org.lantern.schema.internal.LinkedAccount;

/**
 * Keyed by one normalised identifier: the accounts that carry it (or, for FORWARDS_TO:B, the
 * accounts whose money victim-role rules say goes to B). When an account joins, every account in
 * the set learns of the new link (related accounts on their cases) and the rulebook evaluates the
 * {@link SharedIdentifier}; each holder receives the hit, or only the beneficiary for a
 * victim-role rule ({@code hits.victimOf}), with the holders as related victims. A CUSTOMER key
 * pools the payments a customer's accounts put into per-customer windows and is evaluated when
 * the watermark passes each of them, over the pool as of that time (the last
 * {@code customerPoolLength}): in event-time order, so the firings do not depend on how the
 * accounts' streams interleave. Devices link accounts only
 * while used within {@code SHA-04.windowDays}; KYC identifiers link for as long as they are held.
 * Sets stop growing at {@code identifier.maxAccounts} (hubs such as a shelter's address).
 */
public final class IdentifierLinker extends KeyedProcessFunction<String, IdentifierEvent, CaseInput> {
  private static final long serialVersionUID = 1L;
  private static final long DAY = 86_400_000L;

  public static MapStateDescriptor<String, LinkedAccount> holdersDescriptor(Duration ttl) {
    MapStateDescriptor<String, LinkedAccount> d =
        new MapStateDescriptor<>("holders", Types.STRING, new AvroTypeInfo<>(LinkedAccount.class));
    d.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
    return d;
  }

  /** The key an identifier event is routed by. */
  public static String key(IdentifierEvent e) {
    return e.getKind() + ":" + e.getValue();
  }

  private final Rulebook rulebook;
  private final Duration stateTtl;
  private transient MapState<String, LinkedAccount> holders;
  private transient RuleSession session;
  private transient int maxAccounts;
  private transient long deviceWindowMillis;
  private transient long poolMillis;
  private transient int poolCapacity;
  private transient CountsByKey hitsByRule;

  public IdentifierLinker(Rulebook rulebook, Duration stateTtl) {
    this.rulebook = rulebook;
    this.stateTtl = stateTtl;
  }

  @Override
  public void open(OpenContext openContext) {
    CompiledRulebook compiled = RulebookCompiler.compile(rulebook, getRuntimeContext().getUserCodeClassLoader());
    session = compiled.newSession();
    maxAccounts = compiled.params().integer("identifier.maxAccounts");
    deviceWindowMillis = Duration.ofDays(compiled.params().integer("SHA-04.windowDays")).toMillis();
    poolMillis = compiled.customerPoolLength().toMillis();
    poolCapacity = compiled.params().integer("window.capacity");
    holders = getRuntimeContext().getMapState(holdersDescriptor(stateTtl));
    hitsByRule = new CountsByKey();
    getRuntimeContext().addAccumulator(Counters.HITS_BY_RULE + "/identifier-linker", hitsByRule);
  }

  @Override
  public void processElement(IdentifierEvent e, Context ctx, Collector<CaseInput> out) throws Exception {
    long t = e.getEventTime();
    boolean device = e.getKind() == IdentifierKind.DEVICE;
    boolean pooled = e.getKind() == IdentifierKind.CUSTOMER;
    LinkedAccount known = holders.get(e.getAccountId());
    if (pooled) {
      ctx.timerService().registerEventTimeTimer(t);
    }
    if (known != null && pooled) {
      pool(known, e.getPayment());
      holders.put(e.getAccountId(), known);
      return;
    }
    if (known != null) {
      // Written at most once per holder and day: what matters is whether the use is recent.
      long day = Math.floorDiv(t, DAY);
      if (device && day > Math.floorDiv(known.getLastSeen(), DAY)) {
        known.setLastSeen(e.getEventTime());
        holders.put(e.getAccountId(), known);
        ctx.timerService().registerEventTimeTimer(expiryTimer(t));
      }
      return;
    }
    if (device) {
      prune(t);
    }
    List<LinkedAccount> others = new ArrayList<>();
    for (LinkedAccount a : holders.values()) {
      others.add(a);
    }
    if (others.size() >= maxAccounts) {
      return;
    }
    LinkedAccount joined = new LinkedAccount(e.getAccountId(), e.getCustomerId(), e.getHolderName(),
        e.getEventTime(), e.getEventTime(), e.getOpenedAt(), new ArrayList<>());
    if (e.getPayment() != null) {
      // The holder's first payment with the device is its evidence: fixed once, whatever arrives later.
      joined.setPayments(List.of(e.getPayment()));
    }
    holders.put(e.getAccountId(), joined);
    if (device) {
      ctx.timerService().registerEventTimeTimer(expiryTimer(t));
    }
    if (others.isEmpty()) {
      return;
    }
    LinkKind link = switch (e.getKind()) {
      case FORWARDS_TO, INCOME_TO -> LinkKind.FORWARDS_TO;
      // Workers paid by the same employer: the case contract's kind for a shared counterparty.
      case WAGES_CASHED -> LinkKind.COUNTERPARTY;
      case CUSTOMER -> LinkKind.SAME_CUSTOMER;
      // The name in an email links like the email itself (the case contract has no other kind for it).
      case EMAIL_NAME -> LinkKind.SHARED_EMAIL;
      default -> LinkKind.valueOf("SHARED_" + e.getKind().name());
    };
    List<LinkedAccount> all = new ArrayList<>(others);
    all.add(joined);
    all.sort(Comparator.comparing(LinkedAccount::getAccountId));
    // Everyone already in the set learns of the newcomer, and the newcomer of everyone.
    for (LinkedAccount other : others) {
      out.collect(new CaseInput(other.getAccountId(), null,
          List.of(new RelatedAccount(joined.getAccountId(), link, e.getValue(), null))));
    }
    out.collect(new CaseInput(joined.getAccountId(), null, relatedTo(joined.getAccountId(), all, link, e.getValue())));
    if (!pooled) {
      evaluate(e.getKind(), e.getValue(), all, link, e.getEventTime(), e.getIngestNanos(), ctx, out);
    }
  }

  /** Evaluates the rulebook over the set {@code all} (sorted by account) and sends each hit where it belongs. */
  private void evaluate(IdentifierKind kind, String value, List<LinkedAccount> all, LinkKind link, long eventTime,
      long ingestNanos, Context ctx, Collector<CaseInput> out) {
    boolean device = kind == IdentifierKind.DEVICE;
    SharedIdentifier fact = new SharedIdentifier(kind.name(), value,
        all.stream().map(a -> new SharedIdentifier.Holder(a.getAccountId(), a.getCustomerId(), a.getHolderName(),
            a.getOpenedAt() == null ? null : LocalDate.parse(a.getOpenedAt()), a.getPayments())).toList(),
        device ? Duration.ofMillis(deviceWindowMillis).toDays() : kind == IdentifierKind.CUSTOMER ? Duration.ofMillis(poolMillis).toDays() : 0);
    // The firing's time is the newest first use among the holders (a pool's: the time it is
    // evaluated as of): it grows with the set, so the firing with the whole set is the latest
    // however holders' events interleave.
    long firingTime = kind == IdentifierKind.CUSTOMER ? eventTime
        : all.stream().mapToLong(LinkedAccount::getFirstSeen).max().orElse(eventTime);
    List<Hit> hits;
    try {
      hits = session.evaluate(Instant.ofEpochMilli(firingTime), List.of(fact));
    } catch (RuntimeException failure) {
      ctx.output(EvaluationErrors.TAG, EvaluationErrors.ofIdentifier(kind.name(), value, all.toString(), failure));
      return;
    }
    for (Hit hit : hits) {
      hitsByRule.add(hit.rule().id());
      if (hit.beneficiary() != null) {
        // A victim-role rule: the holders look exploited by the beneficiary, whose case alone gets it.
        out.collect(toBeneficiary(hit, all, link, value, ingestNanos));
        continue;
      }
      for (LinkedAccount holder : all) {
        out.collect(IndicatorHits.toCaseInput(hit, holder.getAccountId(), null,
            relatedTo(holder.getAccountId(), all, link, value), ingestNanos));
      }
    }
  }

  /** Adds a pooled payment to the holder's, each transaction once, in time order, at most the window capacity (the newest). */
  private void pool(LinkedAccount holder, Payment p) {
    List<Payment> payments = new ArrayList<>(holder.getPayments());
    if (payments.stream().anyMatch(q -> q.getTransactionId().equals(p.getTransactionId()))) {
      return;
    }
    payments.add(p);
    payments.sort(Comparator.comparingLong(Payment::getTimestamp).thenComparing(Payment::getTransactionId));
    if (payments.size() > poolCapacity) {
      payments.subList(0, payments.size() - poolCapacity).clear();
    }
    holder.setPayments(payments);
    holder.setLastSeen(Math.max(holder.getLastSeen(), p.getTimestamp()));
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<CaseInput> out) throws Exception {
    String key = ctx.getCurrentKey();
    if (key.startsWith(IdentifierKind.CUSTOMER.name() + ":")) {
      evaluatePool(key.substring(IdentifierKind.CUSTOMER.name().length() + 1), timestamp, ctx, out);
    } else {
      prune(timestamp);
    }
    if (holders.isEmpty()) {
      holders.clear();
    }
  }

  /**
   * The customer's pooled payments as of {@code asOf}: those within the pool's length before it,
   * per account with any; evaluated when a payment of the pool is at {@code asOf} and two or more
   * accounts have some. Older payments are dropped, accounts left with none leave the pool, and a
   * timer after the newest payment's reach clears what is left.
   */
  private void evaluatePool(String customer, long asOf, Context ctx, Collector<CaseInput> out) throws Exception {
    List<LinkedAccount> all = new ArrayList<>();
    boolean paymentNow = false;
    long newest = Long.MIN_VALUE;
    for (Iterator<Map.Entry<String, LinkedAccount>> it = holders.iterator(); it.hasNext(); ) {
      LinkedAccount a = it.next().getValue();
      List<Payment> kept = new ArrayList<>(a.getPayments());
      if (kept.removeIf(p -> p.getTimestamp() <= asOf - poolMillis)) {
        if (kept.isEmpty()) {
          it.remove();
          continue;
        }
        a.setPayments(kept);
        holders.put(a.getAccountId(), a);
      }
      List<Payment> asOfNow = kept.stream().filter(p -> p.getTimestamp() <= asOf).toList();
      if (!asOfNow.isEmpty()) {
        all.add(LinkedAccount.newBuilder(a).setPayments(asOfNow).build());
      }
      paymentNow |= kept.stream().anyMatch(p -> p.getTimestamp() == asOf);
      newest = Math.max(newest, kept.get(kept.size() - 1).getTimestamp());
    }
    if (newest != Long.MIN_VALUE) {
      ctx.timerService().registerEventTimeTimer(newest + poolMillis);
    }
    if (paymentNow && all.size() > 1) {
      all.sort(Comparator.comparing(LinkedAccount::getAccountId));
      evaluate(IdentifierKind.CUSTOMER, customer, all, LinkKind.SAME_CUSTOMER, asOf, 0L, ctx, out);
    }
  }

  /** Forgets device users whose last use is out of the device window as of {@code now}. */
  private void prune(long now) throws Exception {
    for (Iterator<Map.Entry<String, LinkedAccount>> it = holders.iterator(); it.hasNext(); ) {
      LinkedAccount a = it.next().getValue();
      if (a.getPayments().size() > 0 && a.getLastSeen() <= now - deviceWindowMillis) {
        it.remove();
      }
    }
  }

  private long expiryTimer(long t) {
    return (Math.floorDiv(t, DAY) + 1) * DAY + deviceWindowMillis;
  }

  private static CaseInput toBeneficiary(Hit hit, List<LinkedAccount> holders, LinkKind link, String value, long ingestNanos) {
    List<RelatedAccount> victims = new ArrayList<>();
    for (LinkedAccount a : holders) {
      if (!a.getAccountId().equals(hit.beneficiary())) {
        victims.add(new RelatedAccount(a.getAccountId(), link, value, PartyRole.VICTIM.name()));
      }
    }
    return IndicatorHits.toBeneficiary(hit, victims.stream().map(RelatedAccount::getAccountId).toList(), victims, ingestNanos);
  }

  private static List<RelatedAccount> relatedTo(String account, List<LinkedAccount> all, LinkKind link, String value) {
    List<RelatedAccount> out = new ArrayList<>();
    for (LinkedAccount a : all) {
      if (!a.getAccountId().equals(account)) {
        out.add(new RelatedAccount(a.getAccountId(), link, value, null));
      }
    }
    return out;
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
  }
}

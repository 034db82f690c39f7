package org.lantern.job.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.lantern.job.Counters;
import org.lantern.job.CountsByKey;
import org.lantern.job.EvaluationErrors;
import org.lantern.job.LatencyHistogram;
import org.lantern.job.MonitoringJob;
import org.lantern.job.cases.IndicatorHits;
import org.lantern.rules.CompiledRulebook;
import org.lantern.rules.Hit;
import org.lantern.rules.RuleSession;
import org.lantern.rules.Rulebook;
import org.lantern.rules.RulebookCompiler;
import org.lantern.rules.facts.AccountFact;
import org.lantern.rules.facts.PaymentFact;
import org.lantern.rules.features.AccountWindows;
import org.lantern.rules.features.FeatureCatalogue;
import org.lantern.schema.Account;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.AccountEvent;
import org.lantern.schema.internal.AccountState;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.Role;

/**
 * Keyed by account: drops repeated transactionIds, keeps the account's KYC record and feature
 * windows, and evaluates every payment side against the rulebook. Hits leave keyed by the same
 * account (the case subject). An event-time timer prunes windows and the duplicate filter once
 * the watermark has passed their reach, and clears them when empty; TTL is the backstop.
 */
public final class AccountMonitor extends KeyedProcessFunction<String, AccountEvent, CaseInput> {
  private static final long serialVersionUID = 1L;
  private static final long HOUR = 3_600_000L;

  /** State descriptors, shared with tests. */
  public static final class Descriptors {
    private Descriptors() {}

    public static ValueStateDescriptor<Account> kyc() {
      return new ValueStateDescriptor<>("kyc", new AvroTypeInfo<>(Account.class));
    }

    public static ValueStateDescriptor<AccountState> windows(Duration ttl) {
      ValueStateDescriptor<AccountState> d =
          new ValueStateDescriptor<>("windows", new AvroTypeInfo<>(AccountState.class));
      d.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
      return d;
    }

    public static MapStateDescriptor<String, Long> seen(Duration ttl) {
      MapStateDescriptor<String, Long> d = new MapStateDescriptor<>("seenTransactions", Types.STRING, Types.LONG);
      d.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
      return d;
    }
  }

  private final Rulebook rulebook;
  private final MonitoringJob.Settings settings;

  private transient ValueState<Account> kyc;
  private transient ValueState<AccountState> windows;
  private transient MapState<String, Long> seen;
  private transient RuleSession session;
  private transient AccountWindows features;
  private transient LongCounter duplicates;
  private transient CountsByKey hitsByRule;
  private transient LatencyHistogram latency;

  public AccountMonitor(Rulebook rulebook, MonitoringJob.Settings settings) {
    this.rulebook = rulebook;
    this.settings = settings;
  }

  @Override
  public void open(OpenContext openContext) {
    CompiledRulebook compiled = RulebookCompiler.compile(rulebook, getRuntimeContext().getUserCodeClassLoader());
    session = compiled.newSession();
    features = new AccountWindows(new FeatureCatalogue(compiled.params()), settings.allowedLateness());
    kyc = getRuntimeContext().getState(Descriptors.kyc());
    windows = getRuntimeContext().getState(Descriptors.windows(settings.stateTtl()));
    seen = getRuntimeContext().getMapState(Descriptors.seen(settings.stateTtl()));
    duplicates = getRuntimeContext().getLongCounter(Counters.DUPLICATES);
    hitsByRule = new CountsByKey();
    getRuntimeContext().addAccumulator(Counters.HITS_BY_RULE + "/account-monitor", hitsByRule);
    if (settings.measureLatency()) {
      latency = new LatencyHistogram();
      getRuntimeContext().addAccumulator(Counters.EVALUATION_LATENCY, latency);
    }
  }

  @Override
  public void processElement(AccountEvent e, Context ctx, Collector<CaseInput> out) throws Exception {
    if (e.getKyc() != null) {
      kyc.update(e.getKyc());
      return;
    }
    Payment p = e.getPayment();
    long t = p.getTimestamp().toEpochMilli();
    if (seen.contains(p.getTransactionId())) {
      // Both sides drop a repeat; count it once, on the side every payment has first.
      if (e.getRole() == Role.PAYER || p.getPayerAccountId() == null) {
        duplicates.add(1);
      }
      return;
    }
    seen.put(p.getTransactionId(), t);
    try {
      evaluate(e, p, out);
    } catch (RuntimeException failure) {
      // A rule or feature that throws must not stop monitoring: the payment side is reported and skipped.
      ctx.output(EvaluationErrors.TAG, EvaluationErrors.of(p, e.getRole().name(), failure));
      return;
    }
    if (latency != null) {
      latency.add((System.nanoTime() - e.getIngestNanos()) / 1000);
    }
    // One timer per account and hour of activity, when that hour's payments leave every window.
    long hourEnd = (Math.floorDiv(t, HOUR) + 1) * HOUR;
    ctx.timerService().registerEventTimeTimer(hourEnd + features.retention().toMillis());
  }

  private void evaluate(AccountEvent e, Payment p, Collector<CaseInput> out) throws Exception {
    AccountState state = windows.value();
    if (state == null) {
      state = new AccountState(new HashMap<>(), 0L);
    }
    List<Object> facts = new ArrayList<>(features.update(state, e.getRole(), p));
    windows.update(state);
    Account profile = kyc.value();
    facts.add(new PaymentFact(p, e.getRole()));
    facts.add(new AccountFact(e.getAccountId(), profile));
    for (Hit hit : session.evaluate(p.getTimestamp(), facts)) {
      hitsByRule.add(hit.rule().id());
      out.collect(IndicatorHits.toCaseInput(hit, e.getAccountId(), profile,
          IndicatorHits.counterparties(e.getAccountId(), hit.evidence()), e.getIngestNanos()));
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<CaseInput> out) throws Exception {
    AccountState state = windows.value();
    if (state != null && features.prune(state, timestamp)) {
      windows.clear();
    } else if (state != null) {
      windows.update(state);
    }
    long horizon = timestamp - features.retention().toMillis();
    for (Iterator<Map.Entry<String, Long>> it = seen.iterator(); it.hasNext(); ) {
      if (it.next().getValue() <= horizon) {
        it.remove();
      }
    }
    if (seen.isEmpty()) {
      seen.clear();
    }
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
  }
}

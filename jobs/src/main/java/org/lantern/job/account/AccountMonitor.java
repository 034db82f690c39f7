package org.lantern.job.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
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
import org.lantern.rules.features.SpendMixes;
import org.lantern.job.identity.Identifiers;
import org.lantern.schema.Account;
import org.lantern.schema.HolderType;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.AccountEvent;
import org.lantern.schema.internal.AccountState;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.IdentifierEvent;
import org.lantern.schema.internal.IdentifierKind;
import org.lantern.schema.internal.Role;

/**
 * Keyed by account: keeps the account's KYC record and recent transaction ids in one state value
 * (one RocksDB read and one write per payment side) and its feature windows in list state (one
 * per window: appended without a read, read only when a payment enters a window a rule fires
 * on) and its spend mixes in map state (per category per week; touched only by payments in a
 * mix's categories), drops repeated transactionIds, and evaluates every payment side against the rulebook. Hits leave keyed by the
 * same account, the case subject; the account's identifiers (KYC phone, email, address; devices
 * once a day; the accounts victim-role rules say its money goes to) go to the identifier linker. Accounts without KYC are counterparties only, unless the job
 * monitors unknown accounts. One event-time timer per account prunes its windows once the
 * watermark passes their reach, and clears everything but KYC when the account goes quiet.
 */
public final class AccountMonitor extends KeyedProcessFunction<String, AccountEvent, CaseInput> {
  private static final long serialVersionUID = 1L;
  private static final long HOUR = 3_600_000L;
  private static final long DAY = 86_400_000L;

  /** Identifiers seen on the account, for the identifier linker: KYC ones, devices once a day, money flows. */
  public static final OutputTag<IdentifierEvent> IDENTIFIERS = new OutputTag<>("identifiers") {};

  public static ValueStateDescriptor<AccountState> descriptor() {
    return new ValueStateDescriptor<>("account", new AvroTypeInfo<>(AccountState.class));
  }

  private final Rulebook rulebook;
  private final MonitoringJob.Settings settings;

  private transient ValueState<AccountState> account;
  private transient ListStateWindows windows;
  private transient MapStateSpendMixes mixState;
  private transient SpendMixes mixes;
  private transient RuleSession session;
  private transient AccountWindows features;
  private transient long duplicateHorizon;
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
    features = compiled.accountWindows(settings.allowedLateness());
    duplicateHorizon = settings.duplicateHorizon().toMillis();
    account = getRuntimeContext().getState(descriptor());
    windows = new ListStateWindows(getRuntimeContext(), features.windows());
    mixes = compiled.spendMixes();
    mixState = new MapStateSpendMixes(getRuntimeContext());
    duplicates = getRuntimeContext().getLongCounter(Counters.DUPLICATES);
    hitsByRule = new CountsByKey();
    getRuntimeContext().addAccumulator(Counters.HITS_BY_RULE + "/account-monitor", hitsByRule);
    if (settings.measureLatency()) {
      latency = new LatencyHistogram();
      getRuntimeContext().addAccumulator(Counters.EVALUATION_LATENCY, latency);
    }
  }

  private static AccountState fresh() {
    return new AccountState(null, 0L, 0L, new HashMap<>(), new ArrayList<>(), new ArrayList<>(), new HashMap<>(), 0L);
  }

  @Override
  public void processElement(AccountEvent e, Context ctx, Collector<CaseInput> out) throws Exception {
    AccountState state = account.value();
    if (e.getKyc() != null) {
      state = state == null ? fresh() : state;
      reportKycIdentifiers(state.getProfile(), e.getKyc(), ctx);
      state.setProfile(e.getKyc());
      account.update(state);
      return;
    }
    if ((state == null || state.getProfile() == null) && !settings.monitorUnknownAccounts()) {
      return;
    }
    state = state == null ? fresh() : state;
    Payment p = e.getPayment();
    long latest = Math.max(state.getLatestEventTime(), p.getTimestamp());
    AccountWindows.Update update = RecentTransactions.isRepeat(state, p)
        ? null : features.update(windows.of(state), latest, e.getRole(), p, state.getProfile());
    if (update == null || update.repeat()) {
      // Both sides of a payment drop a repeat; count it once, on the payee side when there is one.
      if (e.getRole() == Role.PAYEE || p.getPayeeAccountId() == null) {
        duplicates.add(1);
      }
      return;
    }
    state.setLatestEventTime(latest);
    if (state.getFirstEventTime() == 0 || p.getTimestamp() < state.getFirstEventTime()) {
      state.setFirstEventTime(p.getTimestamp());
    }
    RecentTransactions.remember(state, p, duplicateHorizon);
    if (e.getRole() == Role.PAYER) {
      reportDevice(state, e, ctx);
    }
    if (update.perCustomer()) {
      reportToCustomer(state.getProfile(), e, ctx);
    }
    List<Object> facts = new ArrayList<>(update.facts());
    facts.addAll(mixes.update(mixState, latest, state.getFirstEventTime(), e.getRole(), p, state.getProfile()));
    try {
      evaluate(e, p, state, facts, ctx, out);
    } catch (RuntimeException failure) {
      // A rule that throws must not stop monitoring: the payment side is reported and skipped.
      ctx.output(EvaluationErrors.TAG, EvaluationErrors.of(p, e.getRole().name(), failure));
    }
    if (state.getCleanupTimer() == 0) {
      scheduleCleanup(state, ctx.timerService());
    }
    account.update(state);
    if (latency != null) {
      latency.add((System.nanoTime() - e.getIngestNanos()) / 1000);
    }
  }

  private void evaluate(AccountEvent e, Payment p, AccountState state, List<Object> facts, Context ctx, Collector<CaseInput> out) {
    facts.add(new PaymentFact(p, e.getRole()));
    facts.add(new AccountFact(e.getAccountId(), state.getProfile(), state.getFirstEventTime(), p.getTimestamp()));
    for (Hit hit : session.evaluate(Instant.ofEpochMilli(p.getTimestamp()), facts)) {
      hitsByRule.add(hit.rule().id());
      out.collect(IndicatorHits.routed(hit, e.getAccountId(), state.getProfile(), e.getIngestNanos()));
      if (hit.beneficiary() != null && !hit.beneficiary().equals(e.getAccountId())) {
        reportFlow(hit, e, state.getProfile(), ctx);
      }
    }
  }

  /**
   * A victim-role firing says this account's money goes to the beneficiary: a money-flow link (of
   * the rule's {@code @link} kind), keyed at the linker like an identifier, so several accounts
   * feeding one are seen together.
   */
  private static void reportFlow(Hit hit, AccountEvent e, Account kyc, Context ctx) {
    Payment transfer = null;
    for (Payment p : hit.evidence()) {
      if (hit.beneficiary().equals(p.getPayeeAccountId())) {
        transfer = p;
      }
    }
    ctx.output(IDENTIFIERS, new IdentifierEvent(IdentifierKind.valueOf(hit.rule().link()), hit.beneficiary(), e.getAccountId(),
        kyc == null ? null : kyc.getCustomerId(), kyc == null ? null : kyc.getHolderName(),
        hit.eventTime().toEpochMilli(), transfer, e.getIngestNanos(), null));
  }

  /** The name an individual's email spells (businesses write role and brand mailboxes, not names). */
  private static String emailName(Account kyc) {
    return kyc.getHolderType() == HolderType.INDIVIDUAL ? Identifiers.emailName(kyc.getEmail(), kyc.getHolderName()) : null;
  }

  /** Phone, email (and the name it spells), address and introducer as the linker keys them; only those that changed since the last KYC record. */
  private static void reportKycIdentifiers(Account before, Account after, Context ctx) {
    String[][] pairs = {
      {"PHONE", Identifiers.phone(after.getPhone()), before == null ? null : Identifiers.phone(before.getPhone())},
      {"EMAIL", Identifiers.email(after.getEmail()), before == null ? null : Identifiers.email(before.getEmail())},
      {"EMAIL_NAME", emailName(after), before == null ? null : emailName(before)},
      {"ADDRESS", Identifiers.address(after.getAddress()), before == null ? null : Identifiers.address(before.getAddress())},
      {"INTRODUCER", Identifiers.introducer(after.getIntroducedBy()), before == null ? null : Identifiers.introducer(before.getIntroducedBy())}};
    for (String[] p : pairs) {
      if (p[1] != null && !p[1].equals(p[2])) {
        // KYC identifiers carry no event time of their own: they hold from the start.
        ctx.output(IDENTIFIERS, new IdentifierEvent(IdentifierKind.valueOf(p[0]), p[1], after.getAccountId(),
            after.getCustomerId(), after.getHolderName(), 0L, null, 0L, after.getOpenedAt()));
      }
    }
  }

  /**
   * A payment that entered a window pooled per customer goes to the linker under the customer's
   * id, where it meets the payments of the customer's other accounts (structuring spread over them).
   */
  private static void reportToCustomer(Account kyc, AccountEvent e, Context ctx) {
    if (kyc != null && kyc.getCustomerId() != null) {
      ctx.output(IDENTIFIERS, new IdentifierEvent(IdentifierKind.CUSTOMER, kyc.getCustomerId(), e.getAccountId(),
          kyc.getCustomerId(), kyc.getHolderName(), e.getPayment().getTimestamp(), e.getPayment(), e.getIngestNanos(),
          kyc.getOpenedAt()));
    }
  }

  /** The device the payer used, at most once a day per device: enough to keep device links current. */
  private static void reportDevice(AccountState state, AccountEvent e, Context ctx) {
    Payment p = e.getPayment();
    String device = Identifiers.device(p.getDeviceId());
    if (device == null) {
      return;
    }
    long day = Math.floorDiv(p.getTimestamp(), DAY);
    Long reported = state.getDevicesReported().get(device);
    if (reported == null || reported < day) {
      state.getDevicesReported().put(device, day);
      Account kyc = state.getProfile();
      ctx.output(IDENTIFIERS, new IdentifierEvent(IdentifierKind.DEVICE, device, e.getAccountId(),
          kyc == null ? null : kyc.getCustomerId(), kyc == null ? p.getPayerName() : kyc.getHolderName(),
          p.getTimestamp(), p, e.getIngestNanos(), null));
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<CaseInput> out) throws Exception {
    AccountState state = account.value();
    if (state == null) {
      return;
    }
    state.setCleanupTimer(0L);
    boolean windowsEmpty = features.prune(windows.of(state), timestamp);
    RecentTransactions.prune(state, timestamp - duplicateHorizon);
    long deviceHorizon = timestamp - reach();
    state.getDevicesReported().values().removeIf(day -> day * DAY <= deviceHorizon);
    // Everything about a payment is out of reach once event time passes its time + reach(), so
    // a timer at latest + reach() always finds the account quiet: the timer chain ends.
    boolean quiet = state.getLatestEventTime() + reach() <= timestamp;
    if (quiet || (windowsEmpty && state.getRecentIds().isEmpty() && state.getDevicesReported().isEmpty())) {
      windows.clear();
      mixState.clear();
      state.setFirstEventTime(0L);
      state.setRecentIds(new ArrayList<>());
      state.setRecentTimes(new ArrayList<>());
      state.getDevicesReported().clear();
      if (state.getProfile() == null) {
        account.clear();
        return;
      }
    } else {
      scheduleCleanup(state, ctx.timerService());
    }
    account.update(state);
  }

  /** One pending timer per account: when its newest payment leaves every window and the duplicate horizon. */
  private void scheduleCleanup(AccountState state, TimerService timers) {
    long at = (Math.floorDiv(state.getLatestEventTime() + reach(), HOUR) + 1) * HOUR;
    timers.registerEventTimeTimer(at);
    state.setCleanupTimer(at);
  }

  /** How long after a payment anything about it is still read. */
  private long reach() {
    return Math.max(features.retention().toMillis(), duplicateHorizon);
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
  }
}

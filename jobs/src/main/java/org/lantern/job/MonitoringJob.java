package org.lantern.job;

import java.time.Duration;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;
import org.lantern.job.account.AccountMonitor;
import org.lantern.job.cases.CaseBuilder;
import org.lantern.job.identity.IdentifierLinker;
import org.lantern.job.route.Route;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Case;
import org.lantern.schema.DeadLetter;
import org.lantern.schema.internal.AccountEvent;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.Decoded;
import org.lantern.schema.internal.IndicatorHit;

/**
 * The monitoring topology, independent of where input comes from and where cases go:
 *
 * <pre>
 *   decoded input ─ route ─┬─ keyBy account ─ account monitor ──────────────────────────┐
 *                          │                        └─ identifiers ─ keyBy identifier ─ identifier linker ┴─ keyBy subject ─ case builder ─ cases
 *                          └─ dead letters (with evaluation errors from both evaluators)
 * </pre>
 *
 * Every stateful operator has a stable uid so savepoints survive rebuilds.
 */
public final class MonitoringJob {
  /**
   * @param allowedLateness how far out of event-time order input may arrive (watermark delay)
   * @param stateTtl backstop expiry of identifier and case state not written for this long
   *     (processing time)
   * @param duplicateHorizon how far behind an account's newest payment a repeated transactionId
   *     is still recognised (repeats of payments held by a feature window always are)
   * @param monitorUnknownAccounts also monitor accounts without a KYC record (when no accounts
   *     input is given); otherwise they are counterparties only
   * @param measureLatency record read-to-output latencies (monotonic clock: one JVM only)
   */
  public record Settings(Duration allowedLateness, Duration stateTtl, Duration duplicateHorizon,
      boolean monitorUnknownAccounts, boolean measureLatency) implements java.io.Serializable {
    public static Settings defaults() {
      return new Settings(Duration.ofMinutes(10), Duration.ofDays(120), Duration.ofHours(24), false, false);
    }

    public Settings withLatency() {
      return new Settings(allowedLateness, stateTtl, duplicateHorizon, monitorUnknownAccounts, true);
    }

    public Settings withAllowedLateness(Duration lateness) {
      return new Settings(lateness, stateTtl, duplicateHorizon, monitorUnknownAccounts, measureLatency);
    }

    public Settings withUnknownAccountsMonitored(boolean monitor) {
      return new Settings(allowedLateness, stateTtl, duplicateHorizon, monitor, measureLatency);
    }
  }

  /**
   * What the topology produces. {@code indicatorInputs} is what the case builder receives; it only
   * becomes part of the job when something consumes it, such as {@link #hits()}.
   */
  public record Outputs(DataStream<Case> cases, DataStream<DeadLetter> deadLetters, DataStream<CaseInput> indicatorInputs) {
    /** Every rule firing, whether or not it opens a case (rule tests, backtests). */
    public DataStream<IndicatorHit> hits() {
      return indicatorInputs
          .flatMap((CaseInput in, Collector<IndicatorHit> out) -> {
            if (in.getHit() != null) {
              out.collect(in.getHit());
            }
          })
          .returns(new AvroTypeInfo<>(IndicatorHit.class))
          .uid("hits").name("indicator hits");
    }
  }

  private MonitoringJob() {}

  public static Outputs build(DataStream<Decoded> input, Rulebook rulebook, Settings settings) {
    // Route runs chained to its source, so per-key order is the source's order.
    SingleOutputStreamOperator<AccountEvent> routed =
        input.process(new Route(settings.measureLatency())).uid("route").name("route payment sides, KYC and identifiers")
            .setParallelism(input.getParallelism());
    SingleOutputStreamOperator<CaseInput> fromAccounts =
        routed.keyBy(AccountEvent::getAccountId)
            .process(new AccountMonitor(rulebook, settings))
            .uid("account-monitor").name("account monitor: dedup, KYC, windows, rules");
    SingleOutputStreamOperator<CaseInput> fromIdentifiers =
        fromAccounts.getSideOutput(AccountMonitor.IDENTIFIERS)
            .keyBy(IdentifierLinker::key)
            .process(new IdentifierLinker(rulebook, settings.stateTtl()))
            .uid("identifier-linker").name("identifier linker: shared phones, emails, addresses, devices");
    DataStream<CaseInput> indicatorInputs = fromAccounts.union(fromIdentifiers);
    DataStream<Case> cases =
        indicatorInputs
            .keyBy(CaseInput::getSubjectAccountId)
            .process(new CaseBuilder(rulebook, settings.measureLatency()))
            .uid("case-builder").name("case builder: combination scoring, evidence, narrative");
    DataStream<DeadLetter> deadLetters = routed.getSideOutput(Route.DEAD_LETTERS)
        .union(fromAccounts.getSideOutput(EvaluationErrors.TAG), fromIdentifiers.getSideOutput(EvaluationErrors.TAG));
    return new Outputs(cases, deadLetters, indicatorInputs);
  }
}

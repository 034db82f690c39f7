package org.lantern.job.cases;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.formats.avro.typeutils.AvroTypeInfo;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.lantern.job.Counters;
import org.lantern.job.LatencyHistogram;
import org.lantern.rules.Rulebook;
import org.lantern.rules.facts.Params;
import org.lantern.schema.Case;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.CaseState;

/**
 * Keyed by subject account: merges indicator hits and links, opens a case when the combination
 * policy says so, and emits the case every time it changes. Event-time timers age indicators out
 * and close quiet cases.
 */
public final class CaseBuilder extends KeyedProcessFunction<String, CaseInput, Case> {
  private static final long serialVersionUID = 1L;
  private static final long DAY = 86_400_000L;

  public static ValueStateDescriptor<CaseState> descriptor() {
    return new ValueStateDescriptor<>("case", new AvroTypeInfo<>(CaseState.class));
  }

  private final Rulebook rulebook;
  private final boolean measureLatency;
  private transient ValueState<CaseState> cases;
  private transient CaseAssembler assembler;
  private transient long windowMillis;
  private transient LatencyHistogram latency;

  public CaseBuilder(Rulebook rulebook, boolean measureLatency) {
    this.rulebook = rulebook;
    this.measureLatency = measureLatency;
  }

  @Override
  public void open(OpenContext openContext) {
    CasePolicy policy = CasePolicy.from(new Params(rulebook.parameters()));
    assembler = new CaseAssembler(policy);
    windowMillis = policy.window().toMillis();
    cases = getRuntimeContext().getState(descriptor());
    if (measureLatency) {
      latency = new LatencyHistogram();
      getRuntimeContext().addAccumulator(Counters.CASE_LATENCY, latency);
    }
  }

  @Override
  public void processElement(CaseInput in, Context ctx, Collector<Case> out) throws Exception {
    CaseState state = cases.value();
    if (state == null) {
      state = CaseAssembler.empty(1);
    }
    boolean changed = assembler.merge(state, in);
    if (!changed) {
      return;
    }
    // The reason is recomputed from the current indicators, so it does not depend on arrival order.
    String reason = assembler.openReason(state);
    if (reason != null) {
      state.setOpenReason(reason);
    }
    if (state.getOpenReason() != null) {
      state.setVersion(state.getVersion() + 1);
      out.collect(assembler.render(ctx.getCurrentKey(), state));
      if (latency != null && in.getHit() != null && in.getHit().getIngestNanos() > 0) {
        latency.add((System.nanoTime() - in.getHit().getIngestNanos()) / 1000);
      }
    }
    cases.update(state);
    if (in.getHit() != null && state.getLatestHitTime() > 0) {
      long day = (Math.floorDiv(state.getLatestHitTime(), DAY) + 1) * DAY;
      ctx.timerService().registerEventTimeTimer(day + windowMillis);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Case> out) throws Exception {
    CaseState state = cases.value();
    if (state == null) {
      return;
    }
    CaseState kept = assembler.expire(state, timestamp);
    if (kept == null) {
      cases.clear();
    } else {
      cases.update(kept);
    }
  }
}

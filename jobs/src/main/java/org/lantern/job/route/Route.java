package org.lantern.job.route;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.lantern.job.Counters;
import org.lantern.schema.DeadLetter;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.AccountEvent;
import org.lantern.schema.internal.Decoded;
import org.lantern.schema.internal.Role;

/**
 * Splits decoded input by where it must go: each payment side and each KYC record to the account
 * monitor (keyed by account), dead letters to their sink. A payment matters to its payer and to
 * its payee, so it becomes up to two account events.
 */
public final class Route extends ProcessFunction<Decoded, AccountEvent> {
  private static final long serialVersionUID = 1L;

  public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

  private final boolean measureLatency;
  private transient LongCounter payments;
  private transient LongCounter accounts;
  private transient LongCounter deadLetters;
  private transient LongMinimum firstIngest;
  private transient LongMaximum lastIngest;

  public Route(boolean measureLatency) {
    this.measureLatency = measureLatency;
  }

  @Override
  public void open(OpenContext openContext) {
    payments = getRuntimeContext().getLongCounter(Counters.PAYMENTS);
    accounts = getRuntimeContext().getLongCounter(Counters.ACCOUNTS);
    deadLetters = getRuntimeContext().getLongCounter(Counters.DEAD_LETTERS);
    if (measureLatency) {
      firstIngest = new LongMinimum();
      lastIngest = new LongMaximum();
      getRuntimeContext().addAccumulator(Counters.FIRST_INGEST, firstIngest);
      getRuntimeContext().addAccumulator(Counters.LAST_INGEST, lastIngest);
    }
  }

  @Override
  public void processElement(Decoded d, Context ctx, Collector<AccountEvent> out) {
    if (measureLatency) {
      firstIngest.add(d.getIngestNanos());
      lastIngest.add(d.getIngestNanos());
    }
    if (d.getPayment() != null) {
      payments.add(1);
      Payment p = d.getPayment();
      if (p.getPayerAccountId() != null) {
        out.collect(new AccountEvent(p.getPayerAccountId(), null, Role.PAYER, p, d.getIngestNanos()));
      }
      if (p.getPayeeAccountId() != null) {
        out.collect(new AccountEvent(p.getPayeeAccountId(), null, Role.PAYEE, p, d.getIngestNanos()));
      }
    } else if (d.getAccount() != null) {
      accounts.add(1);
      out.collect(new AccountEvent(d.getAccount().getAccountId(), d.getAccount(), null, null, d.getIngestNanos()));
    } else {
      deadLetters.add(1);
      ctx.output(DEAD_LETTERS, d.getDeadLetter());
    }
  }
}

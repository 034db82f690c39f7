package org.lantern.job.route;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.lantern.job.Counters;
import org.lantern.schema.Account;
import org.lantern.schema.DeadLetter;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.AccountEvent;
import org.lantern.schema.internal.Decoded;
import org.lantern.schema.internal.IdentifierEvent;
import org.lantern.schema.internal.IdentifierKind;
import org.lantern.schema.internal.Role;

/**
 * Splits decoded input by where it must go: each payment side and each KYC record to the account
 * monitor (keyed by account), identifiers to the linker, dead letters to their sink. A payment
 * matters to its payer and to its payee, so it becomes up to two account events.
 */
public final class Route extends ProcessFunction<Decoded, AccountEvent> {
  private static final long serialVersionUID = 1L;

  public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};
  public static final OutputTag<IdentifierEvent> IDENTIFIERS = new OutputTag<>("identifiers") {};

  private transient LongCounter payments;
  private transient LongCounter accounts;
  private transient LongCounter deadLetters;
  private transient LongMinimum firstIngest;
  private transient LongMaximum lastIngest;
  private final boolean measureLatency;

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
        String device = Identifiers.device(p.getDeviceId());
        if (device != null) {
          ctx.output(IDENTIFIERS, new IdentifierEvent(IdentifierKind.DEVICE, device, p.getPayerAccountId(),
              null, p.getPayerName(), p.getTimestamp(), p, d.getIngestNanos()));
        }
      }
      if (p.getPayeeAccountId() != null) {
        out.collect(new AccountEvent(p.getPayeeAccountId(), null, Role.PAYEE, p, d.getIngestNanos()));
      }
    } else if (d.getAccount() != null) {
      accounts.add(1);
      Account a = d.getAccount();
      out.collect(new AccountEvent(a.getAccountId(), a, null, null, d.getIngestNanos()));
      identifier(ctx, a, IdentifierKind.PHONE, Identifiers.phone(a.getPhone()));
      identifier(ctx, a, IdentifierKind.EMAIL, Identifiers.email(a.getEmail()));
      identifier(ctx, a, IdentifierKind.ADDRESS, Identifiers.address(a.getAddress()));
    } else {
      deadLetters.add(1);
      ctx.output(DEAD_LETTERS, d.getDeadLetter());
    }
  }

  private static void identifier(Context ctx, Account a, IdentifierKind kind, String value) {
    if (value != null) {
      // KYC identifiers carry no event time of their own; they hold from the start.
      ctx.output(IDENTIFIERS, new IdentifierEvent(kind, value, a.getAccountId(), a.getCustomerId(),
          a.getHolderName(), java.time.Instant.EPOCH, null, 0L));
    }
  }
}

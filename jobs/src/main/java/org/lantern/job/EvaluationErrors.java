package org.lantern.job;

import org.apache.flink.util.OutputTag;
import org.lantern.job.decode.Decoder;
import org.lantern.schema.DeadLetter;
import org.lantern.schema.Payment;

/** Dead letters for input that decoded fine but that a rule failed on at run time. */
public final class EvaluationErrors {
  public static final OutputTag<DeadLetter> TAG = new OutputTag<>("evaluation-errors") {};

  private EvaluationErrors() {}

  public static DeadLetter of(Payment p, String side, RuntimeException failure) {
    return Decoder.deadLetter("rule evaluation", -1, -1,
        "rule evaluation failed for " + side + " side of " + p.getTransactionId() + ": " + describe(failure), p.toString());
  }

  /** @param record what was evaluated: the holders of the identifier, as the linker had them */
  public static DeadLetter ofIdentifier(String kind, String value, String record, RuntimeException failure) {
    return Decoder.deadLetter("rule evaluation", -1, -1,
        "rule evaluation failed for shared " + kind + " " + value + ": " + describe(failure), record);
  }

  private static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return t.getClass().getSimpleName() + (root != t ? " caused by " + root : ": " + t.getMessage());
  }
}

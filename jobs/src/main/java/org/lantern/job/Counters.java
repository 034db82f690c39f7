package org.lantern.job;

/** Names of the job's accumulators, read back by the command line's run summary. */
public final class Counters {
  public static final String PAYMENTS = "payments";
  public static final String ACCOUNTS = "accounts";
  public static final String DEAD_LETTERS = "deadLetters";
  public static final String DUPLICATES = "duplicates";
  public static final String HITS_BY_RULE = "hitsByRule";
  /** Monotonic nanos of the first and last record read (benchmark throughput). */
  public static final String FIRST_INGEST = "ingest.first";
  public static final String LAST_INGEST = "ingest.last";
  /** Microseconds from a payment read to its evaluation, and to the case update it caused. */
  public static final String EVALUATION_LATENCY = "latency.evaluation";
  public static final String CASE_LATENCY = "latency.caseUpdate";

  private Counters() {}
}

package org.lantern.job.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.lantern.job.Counters;
import org.lantern.job.LocalFlink;
import org.lantern.job.MonitoringJob;
import org.lantern.job.sink.CaseJson;
import org.lantern.job.sink.DeadLetterJson;
import org.lantern.job.sink.JsonLinesSink;
import org.lantern.job.source.JsonLinesFormat;
import org.lantern.job.source.Sources;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Case;
import org.lantern.schema.DeadLetter;

/**
 * One benchmark run: the full file pipeline (JSON parsing, RocksDB state, the whole rulebook,
 * cases written as JSON Lines) over a generated data set, measuring sustained throughput and
 * latency from a payment read to the case update it causes.
 */
public final class Benchmark {
  /** What one run measured. */
  public record Result(long payments, double seconds, Histogram caseLatency, Histogram evaluationLatency) {
    public double throughput() {
      return payments / seconds;
    }
  }

  private Benchmark() {}

  public static Result run(Path payments, Path accounts, Path outDir, Rulebook rulebook, int parallelism,
      JsonLinesFormat.Pacing pacing) throws Exception {
    MonitoringJob.Settings settings = MonitoringJob.Settings.defaults().withLatency();
    Configuration conf = LocalFlink.configuration();
    if (pacing.perSecond() > 0) {
      // A paced file read must hand over records as they come, not in 1 MiB batches (≈3,000 payments).
      conf.set(StreamFormat.FETCH_IO_SIZE, MemorySize.parse("8kb"));
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(parallelism);
    MonitoringJob.Outputs out = MonitoringJob.build(
        Sources.files(env, payments, accounts, settings.allowedLateness(), pacing), rulebook, settings);
    out.cases().sinkTo(new JsonLinesSink<Case>(outDir.resolve("cases.jsonl"), CaseJson::line)).setParallelism(1);
    out.deadLetters().sinkTo(new JsonLinesSink<DeadLetter>(outDir.resolve("dead-letters.jsonl"), DeadLetterJson::line)).setParallelism(1);
    JobExecutionResult r = env.execute("lantern bench");
    long payments0 = ((Number) r.getAccumulatorResult(Counters.PAYMENTS)).longValue();
    long first = r.getAccumulatorResult(Counters.FIRST_INGEST);
    long last = r.getAccumulatorResult(Counters.LAST_INGEST);
    Histogram cases = r.getAccumulatorResult(Counters.CASE_LATENCY);
    Histogram evaluation = r.getAccumulatorResult(Counters.EVALUATION_LATENCY);
    return new Result(payments0, Math.max(1, last - first) / 1e9, cases, evaluation);
  }

  /** Peak heap used since the JVM started (all heap pools), in MiB. */
  public static long peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}

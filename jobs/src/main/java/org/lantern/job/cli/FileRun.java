package org.lantern.job.cli;

import java.nio.file.Path;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.lantern.job.LocalFlink;
import org.lantern.job.MonitoringJob;
import org.lantern.job.sink.CaseJson;
import org.lantern.job.sink.DeadLetterJson;
import org.lantern.job.sink.HitJson;
import org.lantern.job.sink.JsonLinesSink;
import org.lantern.job.source.Sources;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Case;
import org.lantern.schema.DeadLetter;
import org.lantern.schema.internal.IndicatorHit;

/**
 * One bounded run of the monitoring job over interchange files on the embedded cluster.
 *
 * @param hits where every rule firing goes as JSON Lines, or null for none
 */
public record FileRun(
    Path payments, Path accounts, Path cases, Path deadLetters, Path hits, Rulebook rulebook, int parallelism,
    MonitoringJob.Settings settings) {

  public FileRun(Path payments, Path accounts, Path cases, Path deadLetters, Rulebook rulebook, int parallelism,
      MonitoringJob.Settings settings) {
    this(payments, accounts, cases, deadLetters, null, rulebook, parallelism, settings);
  }

  /** Dead letters go next to the cases file, as the interchange says. */
  public static Path deadLettersBeside(Path cases) {
    Path dir = cases.toAbsolutePath().getParent();
    return dir.resolve("dead-letters.jsonl");
  }

  public RunReport execute() throws Exception {
    StreamExecutionEnvironment env = LocalFlink.environment(parallelism);
    MonitoringJob.Outputs out =
        MonitoringJob.build(Sources.files(env, payments, accounts, settings.allowedLateness()), rulebook, settings);
    out.cases().sinkTo(new JsonLinesSink<Case>(cases, CaseJson::line))
        .uid("cases-jsonl").name("cases to " + cases.getFileName()).setParallelism(1);
    out.deadLetters().sinkTo(new JsonLinesSink<DeadLetter>(deadLetters, DeadLetterJson::line))
        .uid("dead-letters-jsonl").name("dead letters to " + deadLetters.getFileName()).setParallelism(1);
    if (hits != null) {
      out.hits().sinkTo(new JsonLinesSink<IndicatorHit>(hits, HitJson::line))
          .uid("hits-jsonl").name("hits to " + hits.getFileName()).setParallelism(1);
    }
    long start = System.nanoTime();
    JobExecutionResult result = env.execute("lantern run " + payments.getFileName());
    return RunReport.of(result, cases, deadLetters, (System.nanoTime() - start) / 1_000_000);
  }
}

package org.lantern.job.cli;

import java.nio.file.Path;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.lantern.job.LocalFlink;
import org.lantern.job.MonitoringJob;
import org.lantern.job.sink.CaseJson;
import org.lantern.job.sink.DeadLetterJson;
import org.lantern.job.sink.JsonLinesSink;
import org.lantern.job.source.Sources;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Case;
import org.lantern.schema.DeadLetter;

/** One bounded run of the monitoring job over interchange files on the embedded cluster. */
public record FileRun(
    Path payments, Path accounts, Path cases, Path deadLetters, Rulebook rulebook, int parallelism,
    MonitoringJob.Settings settings) {

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
    long start = System.nanoTime();
    JobExecutionResult result = env.execute("lantern run " + payments.getFileName());
    return RunReport.of(result, cases, deadLetters, (System.nanoTime() - start) / 1_000_000);
  }
}

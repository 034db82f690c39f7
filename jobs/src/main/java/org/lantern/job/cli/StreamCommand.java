package org.lantern.job.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.lantern.job.LocalFlink;
import org.lantern.job.KafkaTopology;
import org.lantern.job.MonitoringJob;
import org.lantern.rules.Rulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantern stream}: Avro payments and accounts from Kafka, Avro cases and dead letters to Kafka. */
@Command(name = "stream", mixinStandardHelpOptions = true,
    description = "Monitor Kafka topics (Avro binary) on an embedded Flink cluster; cases and dead letters to Kafka.")
public final class StreamCommand implements Callable<Integer> {
  @Option(names = "--bootstrap-servers", required = true)
  String bootstrap;

  @Option(names = "--payments-topic", defaultValue = "payments")
  String paymentsTopic;

  @Option(names = "--accounts-topic", defaultValue = "accounts")
  String accountsTopic;

  @Option(names = "--cases-topic", defaultValue = "cases")
  String casesTopic;

  @Option(names = "--dead-letters-topic", defaultValue = "dead-letters")
  String deadLettersTopic;

  @Option(names = "--group-id", defaultValue = "lantern")
  String groupId;

  @Option(names = "--bounded", description = "Stop at the offsets that are latest at start (replays, tests).")
  boolean bounded;

  @Option(names = "--parallelism", defaultValue = "2")
  int parallelism;

  @Option(names = "--checkpoint-interval", defaultValue = "PT10S")
  Duration checkpointInterval;

  @Option(names = "--kyc-accounts-only", description = "Monitor only accounts whose KYC record has arrived. "
      + "Off by default: on a live stream, KYC may arrive after an account's first payments.")
  boolean kycAccountsOnly;

  @Mixin RulebookOption rules;

  @Override
  public Integer call() throws Exception {
    Rulebook rulebook = rules.loadChecked();
    if (rulebook == null) {
      return Lantern.USAGE;
    }
    StreamExecutionEnvironment env = LocalFlink.environment(parallelism);
    env.enableCheckpointing(checkpointInterval.toMillis());
    KafkaTopology.attach(env, bootstrap, paymentsTopic, accountsTopic, casesTopic, deadLettersTopic, groupId, bounded, rulebook,
        MonitoringJob.Settings.defaults().withUnknownAccountsMonitored(!kycAccountsOnly));
    env.execute("lantern stream " + paymentsTopic);
    return 0;
  }
}

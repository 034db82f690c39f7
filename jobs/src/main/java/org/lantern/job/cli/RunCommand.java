package org.lantern.job.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.lantern.job.MonitoringJob;
import org.lantern.rules.Rulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantern run}: the interchange's bounded run over JSON Lines files (interchange.md). */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Monitor a payments file on an embedded Flink cluster; write cases and dead letters; exit when done.")
public final class RunCommand implements Callable<Integer> {
  @Option(names = "--payments", required = true, paramLabel = "FILE", description = "Payments, JSON Lines (or an Avro container file ending in .avro).")
  Path payments;

  @Option(names = "--accounts", paramLabel = "FILE", description = "KYC records, JSON Lines.")
  Path accounts;

  @Option(names = "--cases", required = true, paramLabel = "FILE", description = "Where to write cases (JSON Lines); dead-letters.jsonl goes beside it.")
  Path cases;

  @Option(names = "--hits", paramLabel = "FILE", description = "Also write every rule firing here (JSON Lines), case or not.")
  Path hits;

  @Option(names = "--parallelism", defaultValue = "2", description = "Parallel subtasks per operator (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(names = "--allowed-lateness", defaultValue = "PT10M", description = "How far out of time order input may be (ISO-8601 duration, default: ${DEFAULT-VALUE}).")
  Duration allowedLateness;

  @Option(names = "--quiet", description = "Print nothing on success.")
  boolean quiet;

  @Mixin RulebookOption rules;

  @Override
  public Integer call() throws Exception {
    Rulebook rulebook = Lantern.allExist(payments, accounts) ? rules.loadChecked() : null;
    if (rulebook == null) {
      return Lantern.USAGE;
    }
    // Without a KYC feed every account is monitored; with one, accounts outside it are counterparties.
    MonitoringJob.Settings settings = MonitoringJob.Settings.defaults()
        .withAllowedLateness(allowedLateness).withUnknownAccountsMonitored(accounts == null);
    RunReport report = new FileRun(payments, accounts, cases, FileRun.deadLettersBeside(cases), hits, rulebook, parallelism, settings).execute();
    if (!quiet) {
      System.out.println("rulebook          " + rulebook.version());
      report.print(System.out, 5);
    }
    return 0;
  }
}

package org.lantern.job.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.lantern.job.MonitoringJob;
import org.lantern.job.quality.Evaluation;
import org.lantern.job.quality.Labels;
import org.lantern.job.quality.ThresholdBaseline;
import org.lantern.rules.Rulebook;
import org.lantern.rules.facts.Params;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantern evaluate}: the job's cases against a labelled data set, beside a one-threshold baseline. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Run the job on labelled data (bin/lantern generate) and print, per planted typology, the share of "
        + "schemes caught and the account-level precision of case subjects, beside a one-threshold baseline.")
public final class EvaluateCommand implements Callable<Integer> {
  @Option(names = "--payments", required = true, paramLabel = "FILE")
  Path payments;

  @Option(names = "--accounts", required = true, paramLabel = "FILE")
  Path accounts;

  @Option(names = "--labels", required = true, paramLabel = "FILE")
  Path labels;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the cases go (default: out/evaluate).")
  Path out;

  @Mixin RulebookOption rules;

  @Override
  public Integer call() throws Exception {
    Rulebook rulebook = Lantern.allExist(payments, accounts, labels) ? rules.loadChecked() : null;
    if (rulebook == null) {
      return Lantern.USAGE;
    }
    Path dir = out != null ? out : Lantern.home().resolve("out").resolve("evaluate");
    Path cases = dir.resolve("cases.jsonl");
    RunReport report = new FileRun(payments, accounts, cases, FileRun.deadLettersBeside(cases), rulebook, 2,
        MonitoringJob.Settings.defaults()).execute();
    Set<String> subjects = new TreeSet<>();
    report.cases().forEach(c -> subjects.add(c.get("subjectAccountId").asText()));
    Map<String, Labels.Label> labelled = Labels.read(labels);
    Params params = new Params(rulebook.parameters());
    BigDecimal threshold = BigDecimal.valueOf(params.num("cashReportingThreshold"));
    BigDecimal low = BigDecimal.valueOf(params.num("STR-01.minAmount"));
    System.out.printf("rulebook %s; %,d payments; %d cases -> %s%n", rulebook.version(), report.payments(), subjects.size(), cases);
    Evaluation.of(labelled, subjects).print(System.out, "lantern (case subjects)");
    Evaluation.of(labelled, ThresholdBaseline.flagged(payments, low, threshold))
        .print(System.out, "baseline (any cash deposit in [" + low.stripTrailingZeros().toPlainString() + ", "
            + threshold.stripTrailingZeros().toPlainString() + "))");
    return 0;
  }
}

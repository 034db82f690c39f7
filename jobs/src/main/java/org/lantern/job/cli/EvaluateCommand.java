package org.lantern.job.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.lantern.job.MonitoringJob;
import org.lantern.job.quality.Evaluation;
import org.lantern.job.quality.FlaggedAccounts;
import org.lantern.job.quality.Labels;
import org.lantern.job.quality.QualityTable;
import org.lantern.job.quality.ThresholdBaseline;
import org.lantern.rules.Rulebook;
import org.lantern.rules.facts.Params;
import org.lantern.sampledata.Generator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantern evaluate}: the job's cases against labelled data sets, beside a one-threshold baseline. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Run the job on labelled data (files from bin/lantern generate, or fresh seeds it generates) and print, "
        + "per planted typology, the share of schemes caught, the account-level precision of case subjects and the false "
        + "positives by look-alike kind and by rule, beside a one-threshold baseline; with several seeds, their mean and spread.")
public final class EvaluateCommand implements Callable<Integer> {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Data data;

  static final class Data {
    @ArgGroup(exclusive = false)
    LabelledFiles files;

    @Option(names = "--seeds", split = ",", paramLabel = "N,M,...",
        description = "Generate one data set per seed (see --customers, --days) and evaluate each.")
    List<Long> seeds;
  }

  static final class LabelledFiles {
    @Option(names = "--payments", required = true, paramLabel = "FILE", description = "Payments (interchange JSON Lines).")
    Path payments;

    @Option(names = "--accounts", required = true, paramLabel = "FILE", description = "Accounts (interchange JSON Lines).")
    Path accounts;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "labels.jsonl: the planted and look-alike accounts.")
    Path labels;
  }

  @Option(names = "--customers", defaultValue = "2000", description = "With --seeds: customers per data set (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--days", defaultValue = "60", description = "With --seeds: days per data set (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--out", paramLabel = "DIR", description = "Where data sets and cases go (default: out/evaluate).")
  Path out;

  @Mixin RulebookOption rules;

  @Override
  public Integer call() throws Exception {
    LabelledFiles f = data.files;
    Rulebook rulebook = f == null || Lantern.allExist(f.payments, f.accounts, f.labels) ? rules.loadChecked() : null;
    if (rulebook == null) {
      return Lantern.USAGE;
    }
    Path dir = out != null ? out : Lantern.home().resolve("out").resolve("evaluate");
    List<QualityTable.Run> lantern = new ArrayList<>();
    List<QualityTable.Run> baseline = new ArrayList<>();
    if (f != null) {
      evaluate("data", "data", f.payments, f.accounts, f.labels, dir, rulebook, lantern, baseline);
    } else {
      for (long seed : data.seeds) {
        Path set = dir.resolve("seed-" + seed);
        Generator.generate(new Generator.Options(seed, customers, days, LocalDate.of(2026, 3, 1), 0, 0.003), set);
        evaluate("seed " + seed, Long.toString(seed), set.resolve("payments.jsonl"), set.resolve("accounts.jsonl"), set.resolve("labels.jsonl"),
            set, rulebook, lantern, baseline);
      }
    }
    if (lantern.size() > 1) {
      QualityTable.print(System.out, "lantern, rulebook " + rulebook.version() + " (case subjects)", lantern);
      QualityTable.print(System.out, "one-threshold baseline", baseline);
    }
    return 0;
  }

  /** Evaluates one data set, printing it as {@code title} and adding it to the tables as {@code column}. */
  private void evaluate(String title, String column, Path payments, Path accounts, Path labels, Path dir, Rulebook rulebook,
      List<QualityTable.Run> lantern, List<QualityTable.Run> baseline) throws Exception {
    Path cases = dir.resolve("cases.jsonl");
    RunReport report = new FileRun(payments, accounts, cases, FileRun.deadLettersBeside(cases), rulebook, 2,
        MonitoringJob.Settings.defaults()).execute();
    Map<String, Set<String>> subjects = FlaggedAccounts.of(report.cases(), FlaggedAccounts.bankAccounts(accounts));
    Map<String, Labels.Label> labelled = Labels.read(labels);
    Params params = new Params(rulebook.parameters());
    BigDecimal threshold = BigDecimal.valueOf(params.num("cashReportingThreshold"));
    BigDecimal low = BigDecimal.valueOf(params.num("STR-01.minAmount"));
    Map<String, Set<String>> naive = new TreeMap<>();
    ThresholdBaseline.flagged(payments, low, threshold).forEach(a -> naive.put(a, Set.of("baseline")));
    System.out.printf("%s: rulebook %s; %,d payments; %d cases -> %s%n", title, rulebook.version(), report.payments(),
        report.cases().size(), cases);
    Evaluation ours = Evaluation.of(labelled, subjects);
    Evaluation theirs = Evaluation.of(labelled, naive);
    ours.print(System.out, "lantern (case subjects)");
    theirs.print(System.out, "baseline (any cash deposit in [" + low.stripTrailingZeros().toPlainString() + ", "
        + threshold.stripTrailingZeros().toPlainString() + "))");
    lantern.add(new QualityTable.Run(column, ours));
    baseline.add(new QualityTable.Run(column, theirs));
  }
}

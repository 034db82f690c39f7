package org.lantern.job.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.lantern.job.scenarios.RuleTestReport;
import org.lantern.job.scenarios.Scenario;
import org.lantern.job.scenarios.ScenarioException;
import org.lantern.job.scenarios.ScenarioFiles;
import org.lantern.job.scenarios.ScenarioRun;
import org.lantern.rules.CompiledRulebook;
import org.lantern.rules.RuleInfo;
import org.lantern.rules.Rulebook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantern rules validate|test}: what a rule author runs after editing a rule. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Check the rulebook: validate compiles it; test runs its scenarios through the job.",
    subcommands = {RulesCommand.Validate.class, RulesCommand.Test.class})
public final class RulesCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Compile the rulebook; print its rules, or every problem as file:line:column.")
  static final class Validate implements Callable<Integer> {
    @Mixin RulebookOption rules;

    @Override
    public Integer call() {
      CompiledRulebook compiled = rules.compileChecked();
      if (compiled == null) {
        return Lantern.USAGE;
      }
      List<RuleInfo> sorted = compiled.rules().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
      System.out.printf("rulebook %s: %d rules compile%n", compiled.version(), sorted.size());
      for (RuleInfo r : sorted) {
        System.out.printf("  %-7s v%-3s %-26s %-8s %5.0f  %s%n", r.id(), r.version(), r.family(), r.strength(),
            r.weight(), r.file());
      }
      return 0;
    }
  }

  @Command(name = "test", mixinStandardHelpOptions = true,
      description = "Run the scenarios beside the rules (*.test.yaml) through the job and print a line per rule.")
  static final class Test implements Callable<Integer> {
    @Mixin RulebookOption rules;

    @Option(names = "--rule", paramLabel = "ID", description = "Only this rule's scenarios (e.g. STR-01).")
    String only;

    @Override
    public Integer call() throws Exception {
      CompiledRulebook compiled = rules.compileChecked();
      if (compiled == null) {
        return Lantern.USAGE;
      }
      List<Scenario> scenarios;
      try {
        scenarios = ScenarioFiles.load(rules.folder());
      } catch (ScenarioException e) {
        System.err.println("scenario file rejected: " + e.getMessage());
        return Lantern.USAGE;
      }
      List<RuleInfo> tested = compiled.rules().stream().filter(r -> only == null || r.id().equals(only)).toList();
      if (only != null) {
        scenarios = scenarios.stream().filter(s -> s.ruleId().equals(only)).toList();
      }
      long start = System.nanoTime();
      Path work = Files.createTempDirectory("lantern-rules-test");
      List<ScenarioRun.Verdict> verdicts = ScenarioRun.run(scenarios, compiled.source(), work);
      System.out.printf("rulebook %s: %d rules, %d scenarios, one job run in %.1f s (data in %s)%n",
          compiled.version(), tested.size(), scenarios.size(), (System.nanoTime() - start) / 1e9, work);
      RuleTestReport report = new RuleTestReport(tested, verdicts);
      report.print(System.out);
      System.out.println(report.passed() ? "all rules pass" : "some rules FAIL or lack a must-fire or near-miss scenario");
      return report.passed() ? 0 : 1;
    }
  }
}

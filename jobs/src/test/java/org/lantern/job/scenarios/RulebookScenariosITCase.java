package org.lantern.job.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.rules.CompiledRulebook;
import org.lantern.rules.Rulebook;
import org.lantern.rules.RulebookCompiler;

/** The rulebook's own scenarios (rules/rulebook/**&#47;*.test.yaml), as `bin/lantern rules test` runs them. */
class RulebookScenariosITCase {
  @TempDir Path work;

  @Test
  void everyRuleFiresOnItsScenariosAndStaysQuietOnItsNearMisses() throws Exception {
    Path folder = Rulebook.locate();
    CompiledRulebook compiled = RulebookCompiler.compile(Rulebook.load(folder));
    List<Scenario> scenarios = ScenarioFiles.load(folder);
    RuleTestReport report = new RuleTestReport(compiled.rules(), ScenarioRun.run(scenarios, compiled.source(), work));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    report.print(new PrintStream(text, true, StandardCharsets.UTF_8));
    System.out.print(text.toString(StandardCharsets.UTF_8));
    assertTrue(report.passed(), text.toString(StandardCharsets.UTF_8));
  }

  @Test
  void wrongExpectationsFailWithWhatTheRuleDid() throws Exception {
    String yaml = """
        rule: STR-01
        scenarios:
          - name: two deposits only, said to fire
            expect: fire
            payments:
              - {repeat: 2, every: 1d, at: 2026-03-02T10:00-05:00, channel: CASH_DEPOSIT, amount: 9500, to: A}
          - name: three deposits, said to stay quiet
            expect: quiet
            payments:
              - {repeat: 3, every: 1d, at: 2026-03-02T10:00-05:00, channel: CASH_DEPOSIT, amount: 9500, to: A}
          - name: a typo in the channel
            expect: quiet
            payments:
              - {at: 2026-03-02T10:00-05:00, channel: CASH, amount: 9500, to: A}
        """;
    CompiledRulebook compiled = RulebookCompiler.compile(Rulebook.load(Rulebook.locate()));
    List<ScenarioRun.Verdict> verdicts =
        ScenarioRun.run(ScenarioFiles.parse("wrong.test.yaml", yaml), compiled.source(), work);
    assertEquals(3, verdicts.size());
    assertFalse(verdicts.get(0).passed());
    assertEquals("did not fire on A", verdicts.get(0).detail());
    assertFalse(verdicts.get(1).passed());
    assertTrue(verdicts.get(1).detail().startsWith("fired on A: 3 cash deposits"), verdicts.get(1).detail());
    assertFalse(verdicts.get(2).passed());
    assertTrue(verdicts.get(2).detail().startsWith("input rejected:") && verdicts.get(2).detail().contains("CASH"),
        verdicts.get(2).detail());
  }
}

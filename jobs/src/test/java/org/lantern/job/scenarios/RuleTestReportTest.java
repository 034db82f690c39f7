package org.lantern.job.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.rules.Family;
import org.lantern.rules.RuleInfo;
import org.lantern.rules.Strength;

class RuleTestReportTest {
  private static final RuleInfo STR01 = rule("STR-01");
  private static final RuleInfo STR02 = rule("STR-02");

  private static RuleInfo rule(String id) {
    return new RuleInfo(id, id, "1", Family.STRUCTURING, Strength.MODERATE, 30, "S1", "d", "e", id + ".drl", null, "FORWARDS_TO");
  }

  private static ScenarioRun.Verdict verdict(String rule, boolean mustFire, boolean passed) {
    return new ScenarioRun.Verdict(
        new Scenario("f.test.yaml", rule + (mustFire ? " fires" : " quiet"), rule, mustFire, "A", List.of(), List.of()),
        passed, passed ? "ok" : "did not fire on A");
  }

  private static String print(RuleTestReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void passesOnlyWhenEveryRuleHasBothKindsAndAllPass() {
    RuleTestReport ok = new RuleTestReport(List.of(STR01),
        List.of(verdict("STR-01", true, true), verdict("STR-01", false, true)));
    assertTrue(ok.passed());
    assertTrue(print(ok).startsWith("ok       STR-01"), print(ok));
  }

  @Test
  void aRuleWithoutANearMissIsMissingAndAFailureIsShownWithItsScenario() {
    RuleTestReport r = new RuleTestReport(List.of(STR01, STR02),
        List.of(verdict("STR-01", true, true), verdict("STR-02", true, false), verdict("STR-02", false, true)));
    assertFalse(r.passed());
    String text = print(r);
    assertTrue(text.contains("MISSING  STR-01"), text);
    assertTrue(text.contains("FAIL     STR-02"), text);
    assertTrue(text.contains("must fire \"STR-02 fires\" (f.test.yaml): did not fire on A"), text);
  }

  @Test
  void scenariosForARuleTheRulebookLacksFail() {
    RuleTestReport r = new RuleTestReport(List.of(STR01),
        List.of(verdict("STR-01", true, true), verdict("STR-01", false, true), verdict("STR-09", true, true)));
    assertFalse(r.passed());
    assertTrue(print(r).contains("UNKNOWN  scenarios for a rule the rulebook does not have: STR-09 (f.test.yaml)"), print(r));
  }
}

package org.lantern.job.scenarios;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lantern.rules.RuleInfo;

/**
 * One line per rule: ok when it has at least one must-fire scenario and one near miss and all of
 * them pass; then a line per failing scenario with what the rule did instead.
 */
public final class RuleTestReport {
  private final List<RuleInfo> rules;
  private final Map<String, List<ScenarioRun.Verdict>> byRule = new TreeMap<>();
  private final Set<String> unknownRules = new TreeSet<>();

  public RuleTestReport(Iterable<RuleInfo> rules, List<ScenarioRun.Verdict> verdicts) {
    this.rules = new ArrayList<>();
    rules.forEach(this.rules::add);
    this.rules.sort(Comparator.comparing(RuleInfo::id));
    Set<String> ids = new TreeSet<>();
    this.rules.forEach(r -> ids.add(r.id()));
    for (ScenarioRun.Verdict v : verdicts) {
      byRule.computeIfAbsent(v.scenario().ruleId(), k -> new ArrayList<>()).add(v);
      if (!ids.contains(v.scenario().ruleId())) {
        unknownRules.add(v.scenario().ruleId() + " (" + v.scenario().file() + ")");
      }
    }
  }

  /** True when every rule is covered both ways and every scenario passed. */
  public boolean passed() {
    return unknownRules.isEmpty() && rules.stream().allMatch(r -> status(r).equals("ok"));
  }

  public void print(PrintStream out) {
    for (RuleInfo r : rules) {
      List<ScenarioRun.Verdict> vs = byRule.getOrDefault(r.id(), List.of());
      long fire = vs.stream().filter(v -> v.scenario().mustFire()).count();
      out.printf("%-8s %-7s v%-3s %-26s %d must-fire, %d near-miss%n",
          status(r), r.id(), r.version(), r.family(), fire, vs.size() - fire);
      for (ScenarioRun.Verdict v : vs) {
        if (!v.passed()) {
          out.printf("           %s \"%s\" (%s): %s%n", v.scenario().mustFire() ? "must fire" : "near miss",
              v.scenario().name(), v.scenario().file(), v.detail());
        }
      }
    }
    unknownRules.forEach(u -> out.println("UNKNOWN  scenarios for a rule the rulebook does not have: " + u));
  }

  private String status(RuleInfo r) {
    List<ScenarioRun.Verdict> vs = byRule.getOrDefault(r.id(), List.of());
    if (vs.stream().anyMatch(v -> !v.passed())) {
      return "FAIL";
    }
    boolean fire = vs.stream().anyMatch(v -> v.scenario().mustFire());
    boolean quiet = vs.stream().anyMatch(v -> !v.scenario().mustFire());
    return fire && quiet ? "ok" : "MISSING";
  }
}

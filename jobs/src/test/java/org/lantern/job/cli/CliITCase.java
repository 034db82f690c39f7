package org.lantern.job.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.job.CaseFiles;
import org.lantern.job.Scenario;
import org.lantern.rules.Rulebook;
import picocli.CommandLine;

/** {@code lantern run} as a user calls it: arguments in, exit code and files out. */
class CliITCase {
  @TempDir Path dir;

  private int lantern(ByteArrayOutputStream err, String... args) {
    PrintStream previous = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new CommandLine(new Lantern()).execute(args);
    } finally {
      System.setErr(previous);
    }
  }

  @Test
  void runWritesCasesAndDeadLettersBesideThemAndExitsZero() throws Exception {
    Files.write(dir.resolve("payments.jsonl"), Scenario.paymentLines());
    Files.write(dir.resolve("accounts.jsonl"), Scenario.accountLines());
    Files.writeString(dir.resolve("payments.jsonl"), "not json\n", java.nio.file.StandardOpenOption.APPEND);
    Path cases = dir.resolve("out").resolve("cases.jsonl");
    Path hits = dir.resolve("out").resolve("hits.jsonl");
    int exit = lantern(new ByteArrayOutputStream(), "run", "--quiet", "--payments", dir.resolve("payments.jsonl").toString(),
        "--accounts", dir.resolve("accounts.jsonl").toString(), "--cases", cases.toString(), "--hits", hits.toString());
    assertEquals(0, exit);
    assertEquals(List.of("CASE-A1-1"), List.copyOf(CaseFiles.finalCases(cases).keySet()));
    // --hits has every firing, also B1's ads, which alone open no case.
    List<String> fired = CaseFiles.lines(hits).stream()
        .map(h -> h.get("accountId").asText() + " " + h.get("ruleId").asText()).distinct().sorted().toList();
    assertTrue(fired.containsAll(List.of("A1 NCP-01", "A1 STR-01", "B1 NCP-01")), fired.toString());
    List<com.fasterxml.jackson.databind.JsonNode> dead = CaseFiles.lines(dir.resolve("out").resolve("dead-letters.jsonl"));
    assertEquals(1, dead.size());
    assertEquals(Scenario.paymentLines().size() + 1, dead.get(0).get("line").asInt());
  }

  @Test
  void evaluateOnFreshSeedsPrintsEachSeedTheMeanAndTheSpreadPerTypology() throws Exception {
    PrintStream previous = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = lantern(new ByteArrayOutputStream(), "evaluate", "--seeds", "11,12", "--customers", "260", "--days", "30",
          "--out", dir.resolve("eval").toString());
    } finally {
      System.setOut(previous);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, printed);
    assertTrue(Files.exists(dir.resolve("eval").resolve("seed-12").resolve("labels.jsonl")));
    String table = printed.substring(printed.indexOf("(case subjects)\n  typology"));
    assertTrue(table.lines().skip(1).findFirst().orElseThrow().matches("\\s+typology\\s+11\\s+12\\s+mean\\s+spread"), table);
    for (String row : List.of("sex_trafficking", "shared_accounts", "labour_exploitation", "front_business",
        "online_exploitation", "structuring", "funnel_account", "rapid_movement", "fan_in_laundering", "all schemes",
        "account precision")) {
      assertTrue(table.lines().anyMatch(l -> l.trim().startsWith(row + " ") && l.trim().split("\\s+").length >= 5), row + "\n" + table);
    }
    assertTrue(table.contains("false positives by kind (all runs): ") && table.contains("false positives by rule (all runs): "), table);
    assertTrue(printed.contains("one-threshold baseline"), printed);
  }

  @Test
  void aBrokenRuleStopsTheRunWithItsFileAndLine() throws Exception {
    Path rules = copyOfTheRulebook();
    Path str01 = rules.resolve("structuring").resolve("STR-01-cash-near-threshold.drl");
    Files.writeString(str01, Files.readString(str01).replace("count >= params", "count >>= params"));
    Files.writeString(dir.resolve("payments.jsonl"), "");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = lantern(err, "run", "--payments", dir.resolve("payments.jsonl").toString(),
        "--cases", dir.resolve("cases.jsonl").toString(), "--rules", rules.toString());
    assertEquals(2, exit);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("STR-01-cash-near-threshold.drl:20:"), message);
    assertTrue(Files.notExists(dir.resolve("cases.jsonl")), "no job ran");
  }

  @Test
  void rulesTestFailsOnAWrongScenarioAndAMissingReferenceListIsAUsageError() throws Exception {
    Path rules = copyOfTheRulebook();
    Path scenarios = rules.resolve("structuring").resolve("STR-01-cash-near-threshold.test.yaml");
    Files.writeString(scenarios, Files.readString(scenarios).replace("expect: quiet", "expect: fire"));
    assertEquals(1, lantern(new ByteArrayOutputStream(), "rules", "test", "--rule", "STR-01", "--rules", rules.toString()));
    Files.delete(rules.resolve("reference").resolve("high-risk-jurisdictions.txt"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, lantern(err, "rules", "validate", "--rules", rules.toString()));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("parameter highRiskJurisdictions: reference list not found"), message);
  }

  private Path copyOfTheRulebook() throws Exception {
    Path rules = dir.resolve("rulebook");
    Path real = Rulebook.locate();
    try (var files = Files.walk(real)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = rules.resolve(real.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return rules;
  }

  @Test
  void aMissingInputFileIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = lantern(err, "run", "--payments", dir.resolve("nope.jsonl").toString(), "--cases", dir.resolve("c.jsonl").toString());
    assertEquals(2, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"));
  }
}

package org.lantern.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.job.cli.FileRun;
import org.lantern.job.cli.RunReport;
import org.lantern.rules.Rulebook;

/** The job on a MiniCluster with RocksDB over the committed sample, as {@code bin/lantern demo} runs it. */
class SampleDataITCase {
  static final Path SAMPLE = Rulebook.locate().getParent().getParent().resolve("sample-data").resolve("sample");

  @TempDir static Path dir;
  static RunReport report;
  static Map<String, JsonNode> labels = new HashMap<>();

  @BeforeAll
  static void run() throws Exception {
    report = run(2, "p2");
    for (JsonNode l : CaseFiles.lines(SAMPLE.resolve("labels.jsonl"))) {
      labels.put(l.get("accountId").asText(), l);
    }
  }

  static RunReport run(int parallelism, String name) throws Exception {
    Path out = dir.resolve(name);
    return new FileRun(SAMPLE.resolve("payments.jsonl"), SAMPLE.resolve("accounts.jsonl"), out.resolve("cases.jsonl"),
        out.resolve("dead-letters.jsonl"), Rulebook.load(Rulebook.locate()), parallelism,
        MonitoringJob.Settings.defaults()).execute();
  }

  /** The cases README.md describes for the sample, exactly: subject, its label, and the rules behind the case. */
  static final Map<String, String> EXPECTED = Map.ofEntries(
      Map.entry("A000403", "sex_trafficking NCP-01+NCP-07+NCP-08+NCP-10+STR-01+STR-02"),
      Map.entry("A000404", "sex_trafficking PRO-07+SHA-01"),
      Map.entry("A000405", "sex_trafficking PRO-07+SHA-01"),
      Map.entry("A000406", "sex_trafficking PRO-07+SHA-01"),
      Map.entry("A000407", "shared_accounts FUN-03+LAB-08+NCP-07+SHA-04+SHA-05+SHA-08"),
      Map.entry("A000408", "shared_accounts NCP-07+PRO-07+SHA-01+SHA-04"),
      Map.entry("A000409", "shared_accounts NCP-10+PRO-07+SHA-01+SHA-04"),
      Map.entry("A000410", "shared_accounts NCP-07+PRO-07+SHA-01+SHA-04"),
      Map.entry("A000411", "shared_accounts NCP-07+NCP-10+PRO-07+SHA-01+SHA-04"),
      Map.entry("A000412", "shared_accounts NCP-10+PRO-07+SHA-01+SHA-04"),
      Map.entry("A000414", "labour_exploitation LAB-03+PRO-07+SHA-01+SHA-04+SHA-05+SHA-08+SHA-09"),
      Map.entry("A000415", "labour_exploitation PRO-07+SHA-01+SHA-04"),
      Map.entry("A000416", "labour_exploitation PRO-07+SHA-01+SHA-04"),
      Map.entry("A000417", "labour_exploitation PRO-07+SHA-01+SHA-04"),
      Map.entry("A000418", "labour_exploitation PRO-07+SHA-01+SHA-04"),
      Map.entry("A000419", "labour_exploitation NCP-07+PRO-07+SHA-01+SHA-04"),
      Map.entry("A000420", "labour_exploitation PRO-07+SHA-01+SHA-04"),
      Map.entry("A000421", "labour_exploitation PRO-07+SHA-01+SHA-04"),
      Map.entry("A000422", "front_business FUN-09+LAB-01+NCP-07+PRO-02+PRO-03"),
      Map.entry("A000424", "online_exploitation NCP-07+OSE-01+OSE-07"),
      Map.entry("A000425", "structuring NCP-07+STR-05+STR-06"),
      Map.entry("A000426", "structuring STR-05+STR-06"),
      Map.entry("A000427", "funnel_account FUN-01+FUN-07+FUN-08+NCP-07+STR-05"),
      Map.entry("A000428", "rapid_movement FUN-02+NCP-07"),
      Map.entry("A000429", "rapid_movement FUN-02"),
      Map.entry("A000430", "rapid_movement FUN-02"),
      Map.entry("A000431", "rapid_movement FUN-02+SHA-08"),
      Map.entry("A000432", "fan_in_laundering FUN-05+NCP-07"),
      Map.entry("A000433", "online_exploitation OSE-06"));

  @Test
  void theCasesAreExactlyTheOnesTheReadmeDescribes() {
    Map<String, String> actual = new TreeMap<>();
    for (JsonNode c : report.cases()) {
      Set<String> rules = new TreeSet<>();
      c.get("indicators").forEach(i -> rules.add(i.get("ruleId").asText()));
      actual.put(c.get("subjectAccountId").asText(),
          labels.get(c.get("subjectAccountId").asText()).get("typology").asText() + " " + String.join("+", rules));
    }
    assertEquals(new TreeMap<>(EXPECTED), actual);
  }

  @Test
  void theSharedAccountsControllerIsTheSubjectAndTheSweptAccountsAreHisVictims() {
    JsonNode c = report.cases().stream().filter(k -> k.get("subjectAccountId").asText().equals("A000407")).findFirst().orElseThrow();
    assertEquals("CONTROLLER", c.get("subjectRole").asText());
    Set<String> victims = new TreeSet<>();
    c.get("relatedAccounts").forEach(r -> {
      if (r.path("role").asText().equals("VICTIM") && r.get("link").asText().equals("FORWARDS_TO")) {
        victims.add(r.get("accountId").asText());
      }
    });
    assertEquals(Set.of("A000408", "A000409", "A000410", "A000411", "A000412"), victims);
  }

  @Test
  void aControllersCaseCarriesItsEvidenceTrail() {
    JsonNode c = report.cases().stream().filter(k -> k.get("subjectAccountId").asText().equals("A000403")).findFirst().orElseThrow();
    Set<String> rules = new HashSet<>();
    c.get("indicators").forEach(i -> rules.add(i.get("ruleId").asText()));
    assertTrue(rules.containsAll(List.of("NCP-01", "NCP-10", "STR-01")), rules.toString());
    for (JsonNode i : c.get("indicators")) {
      assertTrue(i.get("rulebookVersion").asText().startsWith("0.1.0+"));
      assertTrue(i.get("thresholds").size() > 0, i.toString());
      assertTrue(!i.get("explanation").asText().contains("{"), "template filled: " + i.get("explanation"));
    }
    Set<String> evidenceIds = new HashSet<>();
    for (JsonNode e : c.get("evidence")) {
      evidenceIds.add(e.get("transactionId").asText());
      assertTrue(e.hasNonNull("amount") && e.hasNonNull("timestamp") && e.hasNonNull("channel"), e.toString());
    }
    for (JsonNode i : c.get("indicators")) {
      i.get("transactionIds").forEach(t -> assertTrue(evidenceIds.contains(t.asText()), "evidence for " + t));
    }
    assertTrue(c.get("relatedAccountIds").size() >= 3);
    assertTrue(c.get("narrative").asText().startsWith("HUMAN TRAFFICKING FIN-2020-A008"));
  }

  @Test
  void theEightMalformedLinesAreDeadLetteredAndDuplicatesDropped() throws Exception {
    assertEquals(8, report.deadLetters());
    for (JsonNode d : CaseFiles.lines(report.deadLettersFile())) {
      assertTrue(d.get("line").asInt() > 0 && d.hasNonNull("reason"), d.toString());
    }
    assertTrue(report.duplicates() > 0);
  }

  @Test
  void theSameInputGivesTheSameCasesAtAnyParallelism() throws Exception {
    assertEquals(CaseFiles.finalCases(report.casesFile()), CaseFiles.finalCases(run(1, "p1").casesFile()));
  }
}

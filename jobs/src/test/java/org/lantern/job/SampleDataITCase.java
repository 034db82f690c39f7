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

  @Test
  void everySexTraffickingControllerIsACaseSubjectAndNoLookalikeIs() {
    Set<String> subjects = new HashSet<>();
    report.cases().forEach(c -> subjects.add(c.get("subjectAccountId").asText()));
    labels.values().stream()
        .filter(l -> l.get("typology").asText().equals("sex_trafficking") && l.get("role").asText().equals("controller"))
        .forEach(l -> assertTrue(subjects.contains(l.get("accountId").asText()), "controller " + l));
    for (String s : subjects) {
      JsonNode l = labels.get(s);
      assertTrue(l != null && !l.get("role").asText().equals("innocent"), "case on " + s + " labelled " + l);
    }
  }

  @Test
  void aControllersCaseCarriesItsEvidenceTrail() {
    JsonNode c = report.cases().get(0);
    Set<String> rules = new HashSet<>();
    c.get("indicators").forEach(i -> rules.add(i.get("ruleId").asText()));
    assertTrue(rules.containsAll(List.of("STR-01", "NCP-01", "SHA-04")), rules.toString());
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

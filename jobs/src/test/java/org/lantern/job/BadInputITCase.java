package org.lantern.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.job.cli.FileRun;
import org.lantern.job.cli.RunReport;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Payment;

/** Every kind of bad line goes to the dead letters with its line number, and the rest gives the same cases. */
class BadInputITCase {
  static final List<String> BAD = List.of(
      "{\"transactionId\": \"X1\", \"timestamp\": ",
      "\"just a string\"",
      "{\"transactionId\":\"X3\",\"timestamp\":\"2026-03-02T10:00:00Z\",\"amount\":\"50\",\"currency\":\"USD\",\"channel\":\"BARTER\",\"payerAccountId\":\"A1\"}",
      "{\"transactionId\":\"X4\",\"timestamp\":\"2026-03-02T10:00:00Z\",\"amount\":\"-9500\",\"currency\":\"USD\",\"channel\":\"CASH_DEPOSIT\",\"payeeAccountId\":\"A1\"}",
      "{\"transactionId\":\"X5\",\"timestamp\":\"2026-03-02T10:00:00Z\",\"currency\":\"USD\",\"channel\":\"CARD\",\"payerAccountId\":\"A1\"}",
      "{\"transactionId\":\"X6\",\"timestamp\":\"2026-03-02T10:00:00Z\",\"amount\":\"lots\",\"currency\":\"USD\",\"channel\":\"CARD\",\"payerAccountId\":\"A1\"}",
      "{\"transactionId\":\"X7\",\"timestamp\":\"02/03/2026 10:00\",\"amount\":\"5\",\"currency\":\"USD\",\"channel\":\"CARD\",\"payerAccountId\":\"A1\"}",
      "{\"timestamp\":\"2026-03-02T10:00:00Z\",\"amount\":\"5\",\"currency\":\"USD\",\"channel\":\"CARD\",\"payerAccountId\":\"A1\"}");
  static final List<String> REASONS = List.of("malformed JSON", "line is not a JSON object", "unknown channel 'BARTER'",
      "amount must be positive", "missing amount", "amount is not a number", "unparseable timestamp", "missing transactionId");

  @TempDir static Path dir;
  static Rulebook rulebook;
  static Map<String, JsonNode> clean;

  @BeforeAll
  static void runOnCleanInput() throws Exception {
    rulebook = Rulebook.load(Rulebook.locate());
    Files.write(dir.resolve("accounts.jsonl"), Scenario.accountLines());
    Files.write(dir.resolve("clean.jsonl"), Scenario.paymentLines());
    clean = CaseFiles.finalCases(run("clean.jsonl", "clean").casesFile());
  }

  static RunReport run(String payments, String name) throws Exception {
    Path out = dir.resolve(name);
    return new FileRun(dir.resolve(payments), dir.resolve("accounts.jsonl"), out.resolve("cases.jsonl"),
        out.resolve("dead-letters.jsonl"), rulebook, 2, MonitoringJob.Settings.defaults()).execute();
  }

  @Test
  void theCleanScenarioOpensExactlyTheTwoFamilyCase() {
    assertEquals(List.of("CASE-A1-1"), List.copyOf(clean.keySet()));
    JsonNode c = clean.get("CASE-A1-1");
    List<String> rules = new ArrayList<>();
    c.get("indicators").forEach(i -> rules.add(i.get("ruleId").asText()));
    assertEquals(List.of("NCP-01", "STR-01"), rules);
    assertEquals("Victor Park", c.get("subject").get("holderName").asText());
  }

  @Test
  void badLinesAreDeadLetteredWithTheirLineAndTheCasesAreUnchanged() throws Exception {
    List<String> lines = new ArrayList<>(Scenario.paymentLines());
    List<Integer> badLineNumbers = new ArrayList<>();
    for (int i = 0; i < BAD.size(); i++) {
      int at = 2 + i * 3;
      lines.add(at, BAD.get(i));
      badLineNumbers.add(at + 1);
    }
    lines.add(5, lines.get(4));
    Files.write(dir.resolve("dirty.jsonl"), lines);
    RunReport report = run("dirty.jsonl", "dirty");
    assertEquals(BAD.size(), report.deadLetters());
    assertEquals(1, report.duplicates());
    List<JsonNode> dead = CaseFiles.lines(report.deadLettersFile());
    dead.sort((a, b) -> Integer.compare(a.get("line").asInt(), b.get("line").asInt()));
    for (int i = 0; i < BAD.size(); i++) {
      JsonNode d = dead.get(i);
      assertTrue(d.get("file").asText().endsWith("dirty.jsonl"));
      assertEquals((int) badLineNumbers.get(i) + (badLineNumbers.get(i) > 5 ? 1 : 0), d.get("line").asInt(), d.toString());
      assertTrue(d.get("reason").asText().startsWith(REASONS.get(i)), d.toString());
    }
    assertEquals(clean, CaseFiles.finalCases(report.casesFile()));
  }

  @Test
  void anAvroContainerFileGivesTheSameCasesAsJsonLines() throws Exception {
    File avro = dir.resolve("payments.avro").toFile();
    try (DataFileWriter<Payment> w = new DataFileWriter<>(new SpecificDatumWriter<>(Payment.class))) {
      w.create(Payment.getClassSchema(), avro);
      for (Payment p : Scenario.payments()) {
        w.append(p);
      }
    }
    assertEquals(clean, CaseFiles.finalCases(run("payments.avro", "avro").casesFile()));
  }
}

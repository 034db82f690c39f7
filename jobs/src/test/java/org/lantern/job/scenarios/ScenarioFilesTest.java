package org.lantern.job.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioFilesTest {
  private static final String FILE = """
      rule: STR-01
      scenarios:
        - name: repeats
          expect: fire
          accounts:
            A: {occupation: clerk}
            B: {holderType: BUSINESS}
          payments:
            - {at: 2026-03-02T10:15-05:00, channel: CASH_DEPOSIT, amount: 9500, to: A}
            - repeat: 3
              every: 1d12h
              at: 2026-03-03T10:00-05:00
              channel: CARD
              amount: [10, 20]
              from: A
              mcc: "7311"
              merchantName: AD {n}
        - name: near miss on B
          rule: STR-02
          expect: quiet
          on: B
          payments: []
      """;

  @Test
  void expandsRepeatsCyclesListsAndNumbersThem() throws Exception {
    List<Scenario> s = ScenarioFiles.parse("x.test.yaml", FILE);
    assertEquals(2, s.size());
    Scenario first = s.get(0);
    assertTrue(first.mustFire());
    assertEquals("STR-01", first.ruleId());
    assertEquals("A", first.on());
    assertEquals("clerk", first.accounts().get(0).get("occupation").asText());
    assertEquals("INDIVIDUAL", first.accounts().get(0).get("holderType").asText());
    assertEquals("BUSINESS", first.accounts().get(1).get("holderType").asText());
    assertEquals(4, first.payments().size());
    assertEquals("A", first.payments().get(0).get("payeeAccountId").asText());
    assertEquals("USD", first.payments().get(0).get("currency").asText());
    assertEquals("2026-03-04T22:00-05:00", first.payments().get(2).get("timestamp").asText());
    assertEquals(20, first.payments().get(2).get("amount").asInt());
    assertEquals(10, first.payments().get(3).get("amount").asInt());
    assertEquals("AD 3", first.payments().get(3).get("merchantName").asText());
    assertEquals("7311", first.payments().get(3).get("merchantCategoryCode").asText());
    assertEquals("t4", first.payments().get(3).get("transactionId").asText());
    Scenario second = s.get(1);
    assertFalse(second.mustFire());
    assertEquals("STR-02", second.ruleId());
    assertEquals("B", second.on());
  }

  @Test
  void namesTheFileAndScenarioOfAMistake() {
    String bad = "rule: STR-01\nscenarios:\n  - name: typo\n    expect: fires\n";
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse("s.test.yaml", bad));
    assertTrue(e.getMessage().contains("s.test.yaml") && e.getMessage().contains("typo"), e.getMessage());
    String noTime = "rule: STR-01\nscenarios:\n  - name: no time\n    expect: fire\n    payments:\n      - {amount: 1}\n";
    e = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse("s.test.yaml", noTime));
    assertTrue(e.getMessage().contains("without 'at'"), e.getMessage());
    String unquoted = "rule: STR-01\nscenarios:\n  - name: braces\n    expect: fire\n    payments:\n"
        + "      - {at: 2026-03-02T10:00-05:00, from: buyer{n}, to: A}\n";
    e = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse("s.test.yaml", unquoted));
    assertTrue(e.getMessage().startsWith("s.test.yaml:6: ") && e.getMessage().contains("quote values holding braces"),
        e.getMessage());
  }

  @Test
  void readsDurations() {
    assertEquals(Duration.ofHours(36), ScenarioFiles.duration("1d12h"));
    assertEquals(Duration.ofMinutes(30), ScenarioFiles.duration("30m"));
    assertThrows(IllegalArgumentException.class, () -> ScenarioFiles.duration("2 weeks"));
  }
}

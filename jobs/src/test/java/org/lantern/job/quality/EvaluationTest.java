package org.lantern.job.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  static final Map<String, Labels.Label> LABELS = Map.of(
      "C1", new Labels.Label("C1", "sex_trafficking", "controller", "ring-1"),
      "V1", new Labels.Label("V1", "sex_trafficking", "victim", "ring-1"),
      "C2", new Labels.Label("C2", "sex_trafficking", "controller", "ring-2"),
      "F1", new Labels.Label("F1", "labour_exploitation", "front_business", "labour-1"),
      "R1", new Labels.Label("R1", "lookalike_roommates", "innocent", "roommates-1"));

  @Test
  void aSchemeIsCaughtWhenAnyOfItsAccountsIsFlaggedAndPrecisionCountsAccounts() {
    Evaluation e = Evaluation.of(LABELS, Map.of("V1", Set.of("SHA-04"), "R1", Set.of("SHA-01", "NCP-07"), "X9", Set.of("SHA-01")));
    assertEquals(0.5, e.recall("sex_trafficking"));
    assertEquals(0.0, e.recall("labour_exploitation"));
    assertEquals(1.0 / 3, e.overallRecall(), 1e-9);
    assertEquals(1.0 / 3, e.precision(), 1e-9);
    assertEquals(Map.of("lookalike_roommates", 1, Evaluation.ORDINARY, 1), e.falsePositivesByKind());
    assertEquals(Map.of("SHA-01", 2, "NCP-07", 1), e.falsePositivesByRule());
  }

  @Test
  void theBaselineFlagsPayeesOfCashDepositsJustUnderTheThreshold(@TempDir Path dir) throws Exception {
    Path payments = dir.resolve("p.jsonl");
    Files.write(payments, List.of(
        "{\"transactionId\":\"1\",\"channel\":\"CASH_DEPOSIT\",\"payeeAccountId\":\"A\",\"amount\":\"9500.00\"}",
        "{\"transactionId\":\"2\",\"channel\":\"CASH_DEPOSIT\",\"payeeAccountId\":\"B\",\"amount\":\"10000\"}",
        "{\"transactionId\":\"3\",\"channel\":\"CARD\",\"payeeAccountId\":\"C\",\"amount\":\"9000\"}",
        "not json"));
    assertEquals(Set.of("A"), ThresholdBaseline.flagged(payments, new BigDecimal("8000"), new BigDecimal("10000")));
  }
}

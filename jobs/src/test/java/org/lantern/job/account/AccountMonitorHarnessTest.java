package org.lantern.job.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lantern.job.Fixtures.day;
import static org.lantern.job.Fixtures.payment;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.lantern.job.EvaluationErrors;
import org.lantern.job.MonitoringJob;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Account;
import org.lantern.schema.Channel;
import org.lantern.schema.HolderType;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.AccountEvent;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.Role;

class AccountMonitorHarnessTest {
  static final Rulebook RULEBOOK = Rulebook.load(Rulebook.locate());

  static KeyedOneInputStreamOperatorTestHarness<String, AccountEvent, CaseInput> harness(Rulebook rulebook) throws Exception {
    var h = new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new AccountMonitor(rulebook, MonitoringJob.Settings.defaults())),
        AccountEvent::getAccountId, Types.STRING);
    h.open();
    return h;
  }

  static StreamRecord<AccountEvent> deposit(String id, int day, String amount) {
    Payment p = payment(id, day(day, 10), amount, Channel.CASH_DEPOSIT, null, "A1");
    p.setBranchId("B" + day);
    return new StreamRecord<>(new AccountEvent("A1", null, Role.PAYEE, p, 0L), p.getTimestamp().toEpochMilli());
  }

  @Test
  void structuringFiresOnceWithKycAndDuplicatesAreDropped() throws Exception {
    try (var h = harness(RULEBOOK)) {
      Account kyc = Account.newBuilder().setAccountId("A1").setCustomerId("C1").setHolderName("Ana Lopez")
          .setHolderType(HolderType.INDIVIDUAL).build();
      h.processElement(new StreamRecord<>(new AccountEvent("A1", kyc, null, null, 0L)));
      h.processElement(deposit("d1", 1, "9500"));
      h.processElement(deposit("d2", 2, "9400"));
      h.processElement(deposit("d2", 2, "9400"));
      h.processElement(deposit("d3", 3, "9800"));
      List<CaseInput> out = h.extractOutputValues();
      assertEquals(1, out.size(), out.toString());
      CaseInput hit = out.get(0);
      assertEquals("STR-01", hit.getHit().getIndicator().getRuleId());
      assertEquals(List.of("d1", "d2", "d3"), hit.getHit().getIndicator().getTransactionIds());
      assertEquals("Ana Lopez", hit.getHit().getSubject().getHolderName());
    }
  }

  @Test
  void windowsAndTheDuplicateFilterAreClearedOnceTheWatermarkPassesTheirReach() throws Exception {
    try (var h = harness(RULEBOOK)) {
      h.processElement(deposit("d1", 1, "9500"));
      h.processElement(deposit("d2", 2, "9400"));
      assertTrue(h.numEventTimeTimers() > 0);
      assertEquals(2, h.numKeyedStateEntries(), "the windows and the duplicate filter");
      h.processWatermark(day(40, 0).toEpochMilli());
      assertEquals(0, h.numEventTimeTimers());
      assertEquals(0, h.numKeyedStateEntries());
    }
  }

  @Test
  void aRuleThatThrowsBecomesADeadLetterAndTheAccountGoesOn() throws Exception {
    SortedMap<String, String> files = new TreeMap<>(RULEBOOK.drlFiles());
    files.put("broken/B-1.drl", String.join("\n",
        "package broken;",
        "import org.lantern.rules.facts.*;",
        "rule \"throws on large payments\" @id(\"B-1\") @version(\"1\") @family(\"STRUCTURING\") @strength(\"MODERATE\")",
        "  @weight(1) @source(\"S0\") @summary(\"test\") @explain(\"test\")",
        "when",
        "  PaymentFact(amount > 9600)",
        "then",
        "  throw new IllegalStateException(\"boom\");",
        "end"));
    StringBuilder params = new StringBuilder();
    RULEBOOK.parameters().forEach((k, v) -> params.append(k).append('=').append(v).append('\n'));
    try (var h = harness(Rulebook.of(files, params.toString()))) {
      h.processElement(deposit("d1", 1, "9500"));
      h.processElement(deposit("d2", 2, "9900"));
      h.processElement(deposit("d3", 3, "9400"));
      var errors = h.getSideOutput(EvaluationErrors.TAG);
      assertEquals(1, errors.size());
      assertTrue(errors.peek().getValue().getReason().contains("d2"), errors.peek().getValue().getReason());
      assertTrue(errors.peek().getValue().getReason().contains("boom"), errors.peek().getValue().getReason());
    }
  }
}

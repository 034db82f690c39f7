package org.lantern.job.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lantern.job.Fixtures.day;
import static org.lantern.job.Fixtures.hit;
import static org.lantern.job.Fixtures.payment;

import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Case;
import org.lantern.schema.Channel;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.CaseInput;

class CaseBuilderHarnessTest {
  final Payment d1 = payment("d1", day(1, 10), "9500", Channel.CASH_DEPOSIT, null, "A1");
  final Payment ad = payment("ad", day(3, 10), "24", Channel.CARD, "A1", null);

  static KeyedOneInputStreamOperatorTestHarness<String, CaseInput, Case> harness() throws Exception {
    var h = new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new CaseBuilder(Rulebook.load(Rulebook.locate()), false)),
        CaseInput::getSubjectAccountId, Types.STRING);
    h.open();
    return h;
  }

  @Test
  void aCaseOpensOnTheSecondFamilyUpdatesOnNewEvidenceAndClosesWhenQuiet() throws Exception {
    try (var h = harness()) {
      h.processElement(new StreamRecord<>(hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(1, 10), d1), day(1, 10).toEpochMilli()));
      assertEquals(0, h.extractOutputValues().size());
      h.processElement(new StreamRecord<>(hit("A1", "NCP-01", "NON_CASH_PAYMENTS", "MODERATE", 30, day(3, 10), ad), day(3, 10).toEpochMilli()));
      h.processElement(new StreamRecord<>(hit("A1", "NCP-01", "NON_CASH_PAYMENTS", "MODERATE", 30, day(3, 10), ad), day(3, 10).toEpochMilli()));
      List<Case> cases = h.extractOutputValues();
      assertEquals(1, cases.size(), "a repeated hit is not a change");
      assertEquals("CASE-A1-1", cases.get(0).getCaseId());
      assertEquals(1, cases.get(0).getVersion());
      h.processWatermark(day(200, 0).toEpochMilli());
      assertEquals(0, h.numEventTimeTimers());
      assertEquals(1, h.numKeyedStateEntries(), "only the next case number is kept");
    }
  }

  @Test
  void indicatorsThatNeverMadeACaseLeaveNoState() throws Exception {
    try (var h = harness()) {
      h.processElement(new StreamRecord<>(hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(1, 10), d1), day(1, 10).toEpochMilli()));
      h.processWatermark(day(200, 0).toEpochMilli());
      assertEquals(0, h.numEventTimeTimers());
      assertEquals(0, h.numKeyedStateEntries());
    }
  }
}

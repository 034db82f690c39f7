package org.lantern.job.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lantern.job.Fixtures.day;
import static org.lantern.job.Fixtures.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.lantern.rules.Rulebook;
import org.lantern.schema.Channel;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.IdentifierEvent;
import org.lantern.schema.internal.IdentifierKind;

class IdentifierLinkerHarnessTest {
  static KeyedOneInputStreamOperatorTestHarness<String, IdentifierEvent, CaseInput> harness() throws Exception {
    var h = new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new IdentifierLinker(Rulebook.load(Rulebook.locate()), Duration.ofDays(120))),
        IdentifierLinker::key, Types.STRING);
    h.open();
    return h;
  }

  static IdentifierEvent phone(String account, String customer, String name) {
    return new IdentifierEvent(IdentifierKind.PHONE, "15550001111", account, customer, name, 0L, null, 0L, null);
  }

  @Test
  void aThirdCustomerOnOnePhoneFiresSha01ForEveryHolderWithTheOthersAsRelated() throws Exception {
    try (var h = harness()) {
      h.processElement(new StreamRecord<>(phone("A1", "C1", "Ana Lopez")));
      h.processElement(new StreamRecord<>(phone("A2", "C2", "Mei Chen")));
      assertTrue(h.extractOutputValues().stream().allMatch(i -> i.getHit() == null), "two holders: links only");
      h.processElement(new StreamRecord<>(phone("A3", "C3", "Rosa Silva")));
      List<CaseInput> hits = h.extractOutputValues().stream().filter(i -> i.getHit() != null).toList();
      assertEquals(List.of("A1", "A2", "A3"), hits.stream().map(CaseInput::getSubjectAccountId).sorted().toList());
      CaseInput forA1 = hits.stream().filter(i -> i.getSubjectAccountId().equals("A1")).findFirst().orElseThrow();
      assertEquals("SHA-01", forA1.getHit().getIndicator().getRuleId());
      assertEquals("A2,A3", forA1.getHit().getRelated().stream().map(r -> r.getAccountId()).sorted().collect(Collectors.joining(",")));
    }
  }

  @Test
  void deviceLinksExpireWithTheirWindowAndLeaveNoStateOrTimers() throws Exception {
    try (var h = harness()) {
      for (String account : List.of("A1", "A2", "A3")) {
        Payment p = payment("t-" + account, day(1, 12), "20", Channel.P2P, account, "B9");
        h.processElement(new StreamRecord<>(new IdentifierEvent(IdentifierKind.DEVICE, "dev-1", account, null,
            "holder " + account, p.getTimestamp(), p, 0L, null), p.getTimestamp()));
      }
      assertEquals(3, h.extractOutputValues().stream().filter(i -> i.getHit() != null).count(), "SHA-04 for each holder");
      assertTrue(h.numEventTimeTimers() > 0);
      h.processWatermark(day(40, 0).toEpochMilli());
      assertEquals(0, h.numEventTimeTimers());
      assertEquals(0, h.numKeyedStateEntries());
    }
  }

  @Test
  void accountsFeedingOneBeneficiaryFireSha05OnlyOnTheBeneficiaryWithThemAsVictims() throws Exception {
    try (var h = harness()) {
      for (String worker : List.of("W1", "W2", "W3")) {
        Payment p = payment("t-" + worker, day(1, 15), "900", Channel.P2P, worker, "C9");
        h.processElement(new StreamRecord<>(new IdentifierEvent(IdentifierKind.FORWARDS_TO, "C9", worker, "cust-" + worker,
            "holder " + worker, p.getTimestamp(), p, 0L, null), p.getTimestamp()));
      }
      List<CaseInput> hits = h.extractOutputValues().stream().filter(i -> i.getHit() != null).toList();
      assertEquals(1, hits.size(), "the beneficiary's case only: the senders are likely victims, not subjects");
      CaseInput hit = hits.get(0);
      assertEquals("C9", hit.getSubjectAccountId());
      assertEquals("SHA-05", hit.getHit().getIndicator().getRuleId());
      assertEquals("W1,W2,W3", hit.getHit().getIndicator().getFiredOn());
      assertEquals(List.of("W1 FORWARDS_TO C9 VICTIM", "W2 FORWARDS_TO C9 VICTIM", "W3 FORWARDS_TO C9 VICTIM"),
          hit.getHit().getRelated().stream().map(r -> r.getAccountId() + " " + r.getLink() + " " + r.getDetail() + " " + r.getRole()).toList());
      assertEquals(List.of("t-W1", "t-W2", "t-W3"), hit.getHit().getIndicator().getTransactionIds(), "each sender's transfer is evidence");
    }
  }

  static IdentifierEvent pooled(String account, String id, int day, int hour, String amount) {
    Payment p = payment(id, day(day, hour), amount, Channel.CASH_DEPOSIT, null, account);
    return new IdentifierEvent(IdentifierKind.CUSTOMER, "C1", account, "C1", "Ana Ruiz", p.getTimestamp(), p, 0L, null);
  }

  /** STR-06's firings on each account of the customer, as "account: transaction ids", after the watermark passes them. */
  static List<String> poolFirings(List<IdentifierEvent> events) throws Exception {
    try (var h = harness()) {
      for (IdentifierEvent e : events) {
        h.processElement(new StreamRecord<>(e, e.getEventTime()));
      }
      assertTrue(h.extractOutputValues().stream().allMatch(i -> i.getHit() == null), "pools are evaluated at the watermark");
      h.processWatermark(day(30, 0).toEpochMilli());
      List<String> out = h.extractOutputValues().stream().filter(i -> i.getHit() != null)
          .map(i -> i.getSubjectAccountId() + ": " + String.join(",", i.getHit().getIndicator().getTransactionIds())).toList();
      h.processWatermark(day(90, 0).toEpochMilli());
      assertEquals(0, h.numEventTimeTimers());
      assertEquals(0, h.numKeyedStateEntries(), "a pool leaves no state once its payments are out of reach");
      return out;
    }
  }

  @Test
  void cashSplitOverACustomersAccountsFiresStr06OnEachInEventTimeOrderHoweverTheStreamsInterleave() throws Exception {
    IdentifierEvent a1 = pooled("A1", "a1", 1, 10, "6000");
    IdentifierEvent b1 = pooled("A2", "b1", 1, 14, "5000");
    IdentifierEvent a2 = pooled("A1", "a2", 8, 10, "6500");
    IdentifierEvent b2 = pooled("A2", "b2", 8, 15, "6000");
    List<String> inOrder = poolFirings(List.of(a1, b1, a2, b2));
    assertEquals(List.of("A1: a1,b1,a2,b2", "A2: a1,b1,a2,b2"), inOrder.stream().sorted().toList());
    // One account's stream arrives well ahead of the other's: the same firings.
    assertEquals(inOrder, poolFirings(List.of(b1, b2, a1, a2)));
  }
}

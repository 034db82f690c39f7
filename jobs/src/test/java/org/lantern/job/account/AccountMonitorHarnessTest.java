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
        new KeyedProcessOperator<>(new AccountMonitor(rulebook, MonitoringJob.Settings.defaults().withUnknownAccountsMonitored(true))),
        AccountEvent::getAccountId, Types.STRING);
    h.open();
    return h;
  }

  static StreamRecord<AccountEvent> deposit(String id, int day, String amount) {
    Payment p = payment(id, day(day, 10), amount, Channel.CASH_DEPOSIT, null, "A1");
    p.setBranchId("B" + day);
    return new StreamRecord<>(new AccountEvent("A1", null, Role.PAYEE, p, 0L), p.getTimestamp());
  }

  @Test
  void structuringFiresOnceWithKycAndDuplicatesAreDroppedLateOrNot() throws Exception {
    try (var h = harness(RULEBOOK)) {
      Account kyc = Account.newBuilder().setAccountId("A1").setCustomerId("C1").setHolderName("Ana Lopez")
          .setHolderType(HolderType.INDIVIDUAL).build();
      h.processElement(new StreamRecord<>(new AccountEvent("A1", kyc, null, null, 0L)));
      h.processElement(deposit("d1", 1, "9500"));
      h.processElement(deposit("d2", 2, "9400"));
      h.processElement(deposit("d2", 2, "9400"));
      h.processElement(deposit("d3", 3, "9800"));
      h.processElement(deposit("d1", 1, "9500"));
      List<CaseInput> out = h.extractOutputValues();
      assertEquals(1, out.size(), out.toString());
      CaseInput hit = out.get(0);
      assertEquals("STR-01", hit.getHit().getIndicator().getRuleId());
      assertEquals(List.of("d1", "d2", "d3"), hit.getHit().getIndicator().getTransactionIds());
      assertEquals("Ana Lopez", hit.getHit().getSubject().getHolderName());
    }
  }

  @Test
  void identifiersGoToTheLinkerKycOnChangeDevicesOnceADay() throws Exception {
    try (var h = harness(RULEBOOK)) {
      Account kyc = Account.newBuilder().setAccountId("A1").setCustomerId("C1").setHolderName("Ana Lopez")
          .setHolderType(HolderType.INDIVIDUAL).setPhone("+1 (317) 555-1349").setEmail("Ana@Mail.Example").build();
      h.processElement(new StreamRecord<>(new AccountEvent("A1", kyc, null, null, 0L)));
      h.processElement(new StreamRecord<>(new AccountEvent("A1", Account.newBuilder(kyc).setEmail("new@mail.example").build(), null, null, 0L)));
      for (String id : List.of("p1", "p2", "p3")) {
        Payment p = payment(id, day(id.equals("p3") ? 2 : 1, id.equals("p2") ? 15 : 9), "20", Channel.P2P, "A1", "B1");
        p.setDeviceId("DEV-9");
        h.processElement(new StreamRecord<>(new AccountEvent("A1", null, Role.PAYER, p, 0L), p.getTimestamp()));
      }
      // A hotel night enters the everyday spend mix (its own state), which must go with the rest.
      Payment hotel = payment("p4", day(2, 22), "120", Channel.CARD, "A1", null);
      hotel.setMerchantCategoryCode("7011");
      h.processElement(new StreamRecord<>(new AccountEvent("A1", null, Role.PAYER, hotel, 0L), hotel.getTimestamp()));
      List<String> seen = h.getSideOutput(AccountMonitor.IDENTIFIERS).stream()
          .map(r -> r.getValue().getKind() + ":" + r.getValue().getValue()
              + (r.getValue().getPayment() == null ? "" : "@" + r.getValue().getPayment().getTransactionId()))
          .toList();
      assertEquals(List.of("PHONE:13175551349", "EMAIL:ana@mail.example", "EMAIL:new@mail.example",
          "DEVICE:dev-9@p1", "DEVICE:dev-9@p3"), seen);
      h.processWatermark(day(150, 0).toEpochMilli());
      assertEquals(0, h.numEventTimeTimers(), "device reports expire with everything else");
      assertEquals(1, h.numKeyedStateEntries(), "only KYC remains");
    }
  }

  @Test
  void anIndividualsEmailSpellingAnotherNameIsAnIdentifierABusinessMailboxIsNot() throws Exception {
    try (var h = harness(RULEBOOK)) {
      Account person = Account.newBuilder().setAccountId("A1").setCustomerId("C1").setHolderName("Ana Lopez")
          .setHolderType(HolderType.INDIVIDUAL).setEmail("viktorhale12@mail.example").build();
      Account shop = Account.newBuilder().setAccountId("A2").setCustomerId("C2").setHolderName("Haddad Nails LLC")
          .setHolderType(HolderType.BUSINESS).setEmail("viktorhale@haddad.example").build();
      h.processElement(new StreamRecord<>(new AccountEvent("A1", person, null, null, 0L)));
      h.processElement(new StreamRecord<>(new AccountEvent("A2", shop, null, null, 0L)));
      List<String> seen = h.getSideOutput(AccountMonitor.IDENTIFIERS).stream()
          .map(r -> r.getValue().getAccountId() + " " + r.getValue().getKind() + ":" + r.getValue().getValue()).toList();
      assertEquals(List.of("A1 EMAIL:viktorhale12@mail.example", "A1 EMAIL_NAME:viktorhale",
          "A2 EMAIL:viktorhale@haddad.example"), seen);
    }
  }

  @Test
  void anAccountWithoutKycIsACounterpartyOnlyUnlessUnknownAccountsAreMonitored() throws Exception {
    var h = new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(new AccountMonitor(RULEBOOK, MonitoringJob.Settings.defaults())),
        AccountEvent::getAccountId, Types.STRING);
    h.open();
    h.processElement(deposit("d1", 1, "9500"));
    h.processElement(deposit("d2", 2, "9400"));
    h.processElement(deposit("d3", 3, "9800"));
    assertEquals(0, h.extractOutputValues().size());
    assertEquals(0, h.numKeyedStateEntries());
    h.close();
  }

  @Test
  void windowsAndTheDuplicateFilterAreClearedOnceTheWatermarkPassesTheirReach() throws Exception {
    try (var h = harness(RULEBOOK)) {
      h.processElement(deposit("d1", 1, "9500"));
      h.processElement(deposit("d2", 2, "9400"));
      assertEquals(1, h.numEventTimeTimers(), "one pending timer per account");
      assertEquals(4, h.numKeyedStateEntries(), "the account value and the three windows for any holder the deposits entered");
      h.processWatermark(day(20, 0).toEpochMilli());
      assertEquals(1, h.numEventTimeTimers(), "windows still hold the deposits");
      h.processWatermark(day(100, 0).toEpochMilli()); // past the longest window (90 days)
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

package org.lantern.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lantern.rules.Payments.at;
import static org.lantern.rules.Payments.base;
import static org.lantern.rules.Payments.card;
import static org.lantern.rules.Payments.cashDeposit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lantern.rules.facts.AccountFact;
import org.lantern.rules.facts.PaymentFact;
import org.lantern.rules.features.AccountWindows;
import org.lantern.rules.features.WindowStore;
import org.lantern.schema.Account;
import org.lantern.schema.Channel;
import org.lantern.schema.HolderType;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/** The real rulebook evaluated on facts built by the real feature windows; no cluster. */
class RuleEvaluationTest {
  static final CompiledRulebook RULEBOOK = RulebookCompiler.compile(Rulebook.load(Rulebook.locate()));
  static final RuleSession SESSION = RULEBOOK.newSession();
  static final AccountWindows WINDOWS = RULEBOOK.accountWindows(Duration.ofMinutes(10));

  /** One account's windows and newest event time, as the account monitor keeps them. */
  static final class AccountBooks {
    final WindowStore windows = WindowStore.inMemory();
    long latest;
  }

  @AfterAll
  static void close() {
    SESSION.close();
  }

  /** Feeds one account's side of each payment in turn; returns the hits of each. */
  static List<List<Hit>> replay(String account, Role role, Payment... payments) {
    AccountBooks state = new AccountBooks();
    List<List<Hit>> out = new ArrayList<>();
    for (Payment p : payments) {
      out.add(evaluate(state, account, role, p));
    }
    return out;
  }

  static List<Hit> evaluate(AccountBooks state, String account, Role role, Payment p) {
    state.latest = Math.max(state.latest, p.getTimestamp());
    // A person's account: windows for individuals (structuring, funnels) count its payments.
    Account kyc = Account.newBuilder().setAccountId(account).setCustomerId("C-" + account).setHolderName("Ana Funes")
        .setHolderType(HolderType.INDIVIDUAL).setOpenedAt("2019-05-01").build();
    List<Object> facts = new ArrayList<>(WINDOWS.update(state.windows, state.latest, role, p, kyc).facts());
    facts.add(new PaymentFact(p, role));
    facts.add(new AccountFact(account, kyc, 0, p.getTimestamp()));
    return SESSION.evaluate(java.time.Instant.ofEpochMilli(p.getTimestamp()), facts);
  }

  @Test
  void thirdDepositJustUnderTheThresholdFiresStructuringWithAllThreeAsEvidence() {
    List<List<Hit>> hits = replay("A1", Role.PAYEE,
        cashDeposit("t1", "A1", "9500", at(1, "10:00"), "B1"),
        cashDeposit("t2", "A1", "9200", at(3, "11:00"), "B2"),
        cashDeposit("t3", "A1", "9900", at(6, "09:30"), "B1"));
    assertTrue(hits.get(0).isEmpty());
    assertTrue(hits.get(1).isEmpty());
    Hit hit = hits.get(2).get(0);
    assertEquals("STR-01", hit.rule().id());
    assertEquals(List.of("t1", "t2", "t3"), hit.evidence().stream().map(Payment::getTransactionId).toList());
    assertEquals("3", hit.observed().get("count"));
    assertEquals("3", hit.thresholds().get("STR-01.minDeposits"));
    assertEquals("10000", hit.thresholds().get("cashReportingThreshold"));
    assertEquals(
        "3 cash deposits of 9200.00-9900.00 USD within 7 days, each under the 10000 reporting threshold"
            + " (at least 3 in the band from 8000)",
        hit.explanation());
    assertEquals(RULEBOOK.version(), hit.rulebookVersion());
  }

  @Test
  void aTwoWindowExplanationNamesEachWindowsValues() {
    // FUN-01 quotes each of its windows by name ({cashDeposits7d.sum}, {cashDeposits72h.sum}, {outflows48h.sum}).
    AccountBooks state = new AccountBooks();
    String[] cities = {"Houston", "Dallas", "Austin"};
    String[] depositors = {"Luis Ortega", "Ken Obi", "Rui Sato"};
    for (int d = 0; d < 3; d++) {
      Payment deposit = base("c" + d, at(1 + d, "11:00"), List.of("3000", "2500", "2800").get(d), Channel.CASH_DEPOSIT)
          .setPayeeAccountId("F1").setPayerName(depositors[d]).setPayeeName("Ana Funes").setCity(cities[d]).build();
      assertTrue(evaluate(state, "F1", Role.PAYEE, deposit).isEmpty());
    }
    Payment wire = base("w1", at(4, "10:00"), "7800", Channel.WIRE).setPayerAccountId("F1").setPayeeAccountId("X").build();
    Hit hit = evaluate(state, "F1", Role.PAYER, wire).stream().filter(h -> h.rule().id().equals("FUN-01")).findFirst().orElseThrow();
    assertEquals("cash deposits of 8300.00 USD in 3 cities within 7 days by 3 depositors other than the holder;"
        + " 7800.00 left within 48 hours (0.7-1.2 of the 8300.00 deposited in the 72 hours before, from 2 cities and 2 depositors,"
        + " or 3 cities and 2000 for an individual's own deposits)",
        hit.explanation());
    assertEquals(List.of("c0", "c1", "c2", "w1"), hit.evidence().stream().map(Payment::getTransactionId).toList());
  }

  @Test
  void anExplanationQuotesTheSecondWindowPassedAsW2() {
    // PRO-05's outflow window may be either of two, so its template says {w2.count}.
    AccountBooks state = new AccountBooks();
    for (int i = 1; i <= 12; i++) {
      evaluate(state, "K1", Role.PAYEE, Payments.p2p("k" + i, "buyer" + i, "K1", "250", at(i, "22:00")));
    }
    Payment cash = base("out", at(13, "14:00"), "2000", Channel.CASH_WITHDRAWAL).setPayerAccountId("K1").build();
    Hit hit = evaluate(state, "K1", Role.PAYER, cash).stream().filter(h -> h.rule().id().equals("PRO-05")).findFirst().orElseThrow();
    assertEquals("12 small credits totalling 3000.00 USD in 30 days; 1 cash withdrawals or gambling and jewellery"
        + " payments of 2000.00 (withdrawn share from 0.5)", hit.explanation());
  }

  @Test
  void depositsSpreadOverMoreThanAWeekDoNotFire() {
    List<List<Hit>> hits = replay("A2", Role.PAYEE,
        cashDeposit("u1", "A2", "9500", at(1, "10:00"), "B1"),
        cashDeposit("u2", "A2", "9200", at(5, "11:00"), "B2"),
        cashDeposit("u3", "A2", "9900", at(9, "09:30"), "B1"));
    assertTrue(hits.stream().allMatch(List::isEmpty), hits.toString());
  }

  @Test
  void depositsAtOrAboveTheThresholdAreNotStructuring() {
    List<List<Hit>> hits = replay("A3", Role.PAYEE,
        cashDeposit("v1", "A3", "10000", at(1, "10:00"), "B1"),
        cashDeposit("v2", "A3", "12000", at(2, "11:00"), "B2"),
        cashDeposit("v3", "A3", "7000", at(3, "09:30"), "B1"));
    assertTrue(hits.stream().allMatch(List::isEmpty), hits.toString());
  }

  @Test
  void lateNightMassageParlourSpendIsABoosterButDaytimeIsNot() {
    List<List<Hit>> hits = replay("A4", Role.PAYER,
        card("w1", "A4", "120", at(1, "23:40"), "7297", "Golden Lotus Spa"),
        card("w2", "A4", "120", at(2, "15:00"), "7297", "Golden Lotus Spa"));
    assertEquals("NCP-07", hits.get(0).get(0).rule().id());
    assertEquals(Strength.BOOSTER, hits.get(0).get(0).rule().strength());
    assertTrue(hits.get(1).isEmpty());
  }

  @Test
  void aLatePaymentThatCompletesThePatternFiresWithTheSameEvidence() {
    List<List<Hit>> hits = replay("A5", Role.PAYEE,
        cashDeposit("x1", "A5", "9500", at(1, "10:00"), "B1"),
        cashDeposit("x3", "A5", "9900", at(3, "09:30"), "B1"),
        cashDeposit("x2", "A5", "9200", at(3, "09:25"), "B2"));
    assertEquals("STR-01", hits.get(2).get(0).rule().id());
    assertTrue(hits.get(1).isEmpty());
    assertEquals(List.of("x1", "x2", "x3"), hits.get(2).get(0).evidence().stream().map(Payment::getTransactionId).toList());
  }
}

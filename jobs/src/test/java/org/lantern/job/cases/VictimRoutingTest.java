package org.lantern.job.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lantern.job.Fixtures.day;
import static org.lantern.job.Fixtures.hit;
import static org.lantern.job.Fixtures.payment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.rules.Family;
import org.lantern.rules.Hit;
import org.lantern.rules.PartyRole;
import org.lantern.rules.RuleInfo;
import org.lantern.rules.Strength;
import org.lantern.schema.Account;
import org.lantern.schema.Case;
import org.lantern.schema.Channel;
import org.lantern.schema.HolderType;
import org.lantern.schema.LinkKind;
import org.lantern.schema.Payment;
import org.lantern.schema.RelatedAccount;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.CaseState;

/** A VICTIM rule's firing becomes evidence against the beneficiary, with the victim related, not a subject. */
class VictimRoutingTest {
  static final RuleInfo LAB_03 = new RuleInfo("wages passed on", "LAB-03", "1", Family.LABOUR_EXPLOITATION,
      Strength.MODERATE, 30, "S1", "d", "e", "labour/LAB-03.drl", PartyRole.VICTIM);
  final Payment wage = payment("w1", day(1, 7), "1200", Channel.ACH, "EMP", "W");
  final Payment fee = payment("f1", day(1, 15), "960", Channel.P2P, "W", "C");
  final Account workerKyc = Account.newBuilder().setAccountId("W").setCustomerId("CW").setHolderName("Ion Popa")
      .setHolderType(HolderType.INDIVIDUAL).build();

  Hit firing() {
    return new Hit(LAB_03, "rb", "wages passed on", Map.of(), Map.of(), List.of(wage, fee), day(1, 15), "C");
  }

  @Test
  void theFiringGoesToTheBeneficiaryWithTheWorkerAsRelatedVictim() {
    CaseInput in = IndicatorHits.routed(firing(), "W", workerKyc, 0L);
    assertEquals("C", in.getSubjectAccountId());
    assertNull(in.getHit().getSubject(), "the worker's KYC is not the subject's");
    assertEquals("W", in.getHit().getIndicator().getFiredOn());
    assertEquals("VICTIM", in.getHit().getIndicator().getRole());
    RelatedAccount worker = in.getHit().getRelated().stream().filter(r -> r.getAccountId().equals("W")).findFirst().orElseThrow();
    assertEquals("VICTIM", worker.getRole());
    assertEquals(LinkKind.COUNTERPARTY, worker.getLink());
  }

  @Test
  void aHitWithoutBeneficiaryStaysOnTheAccountItFiredOn() {
    Hit own = new Hit(LAB_03, "rb", "x", Map.of(), Map.of(), List.of(wage, fee), day(1, 15), null);
    CaseInput in = IndicatorHits.routed(own, "W", workerKyc, 0L);
    assertEquals("W", in.getSubjectAccountId());
    assertNull(in.getHit().getIndicator().getFiredOn());
  }

  @Test
  void theBeneficiarysCaseNamesItControllerAndKeepsTheVictimRoleWhateverTheOrder() {
    CaseAssembler assembler = new CaseAssembler(new CasePolicy(2, 100, Duration.ofDays(90)));
    CaseInput routed = IndicatorHits.routed(firing(), "W", workerKyc, 0L);
    CaseInput plainLink = new CaseInput("C", null, List.of(new RelatedAccount("W", LinkKind.COUNTERPARTY, "payments f1", null)));
    CaseInput shared = hit("C", "SHA-01", "SHARED_IDENTIFIERS", "MODERATE", 30, day(1, 16), fee);
    for (List<CaseInput> order : List.of(List.of(routed, plainLink, shared), List.of(plainLink, shared, routed))) {
      CaseState s = CaseAssembler.empty(1);
      order.forEach(i -> assembler.merge(s, i));
      s.setOpenReason(assembler.openReason(s));
      s.setVersion(1);
      Case c = assembler.render("C", s);
      assertEquals("moderate indicators from 2 families: LABOUR_EXPLOITATION, SHARED_IDENTIFIERS", c.getOpenReason());
      assertEquals("CONTROLLER", c.getSubjectRole());
      assertEquals("VICTIM", c.getRelatedAccounts().stream().filter(r -> r.getAccountId().equals("W")).findFirst().orElseThrow().getRole());
    }
  }
}

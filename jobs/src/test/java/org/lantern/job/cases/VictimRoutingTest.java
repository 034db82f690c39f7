package org.lantern.job.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lantern.job.Fixtures.day;
import static org.lantern.job.Fixtures.hit;
import static org.lantern.job.Fixtures.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.lantern.job.sink.CaseJson;

/** A VICTIM rule's firing becomes evidence against the beneficiary, with the victim related, not a subject. */
class VictimRoutingTest {
  static final RuleInfo LAB_03 = new RuleInfo("wages passed on", "LAB-03", "1", Family.LABOUR_EXPLOITATION,
      Strength.MODERATE, 30, "S1", "d", "e", "labour/LAB-03.drl", PartyRole.VICTIM, "FORWARDS_TO");
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
  void withoutVictimsTheSubjectTakesTheRoleOfItsHeaviestIndicatorThatNamesOne() {
    CaseInput front = hit("B", "PRO-03", "PROFILE_MISMATCH", "MODERATE", 35, day(1, 16), fee);
    front.getHit().getIndicator().setRole("FRONT_BUSINESS");
    CaseInput light = hit("B", "PRO-05", "PROFILE_MISMATCH", "MODERATE", 30, day(1, 16), fee);
    light.getHit().getIndicator().setRole("CONTROLLER");
    CaseAssembler assembler = new CaseAssembler(new CasePolicy(2, 100, Duration.ofDays(90)));
    CaseState s = CaseAssembler.empty(1);
    assembler.merge(s, light);
    assembler.merge(s, front);
    assembler.merge(s, hit("B", "SHA-01", "SHARED_IDENTIFIERS", "MODERATE", 30, day(1, 16), fee));
    assertEquals("FRONT_BUSINESS", assembler.render("B", s).getSubjectRole());
    CaseState none = CaseAssembler.empty(1);
    assembler.merge(none, hit("B", "SHA-01", "SHARED_IDENTIFIERS", "MODERATE", 30, day(1, 16), fee));
    assertNull(assembler.render("B", none).getSubjectRole());
  }

  @Test
  void theCaseLineCarriesTheRolesAndWhereTheIndicatorFired() throws Exception {
    CaseAssembler assembler = new CaseAssembler(new CasePolicy(2, 100, Duration.ofDays(90)));
    CaseState s = CaseAssembler.empty(1);
    assembler.merge(s, IndicatorHits.routed(firing(), "W", workerKyc, 0L));
    JsonNode json = new ObjectMapper().readTree(CaseJson.line(assembler.render("C", s)));
    assertEquals("CONTROLLER", json.get("subjectRole").asText());
    assertEquals("W", json.get("indicators").get(0).get("firedOn").asText());
    assertEquals("VICTIM", json.get("indicators").get(0).get("role").asText());
    for (JsonNode r : json.get("relatedAccounts")) {
      assertEquals(r.get("accountId").asText().equals("W") ? "VICTIM" : null, r.path("role").isMissingNode() ? null : r.get("role").asText());
    }
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

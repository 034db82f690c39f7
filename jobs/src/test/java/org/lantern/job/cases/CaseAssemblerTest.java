package org.lantern.job.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lantern.job.Fixtures.day;
import static org.lantern.job.Fixtures.hit;
import static org.lantern.job.Fixtures.payment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lantern.schema.Case;
import org.lantern.schema.Channel;
import org.lantern.schema.LinkKind;
import org.lantern.schema.Payment;
import org.lantern.schema.RelatedAccount;
import org.lantern.schema.internal.CaseInput;
import org.lantern.schema.internal.CaseState;

class CaseAssemblerTest {
  final CaseAssembler assembler = new CaseAssembler(new CasePolicy(2, 100, Duration.ofDays(90)));
  final Payment d1 = payment("d1", day(1, 10), "9500", Channel.CASH_DEPOSIT, null, "A1");
  final Payment d2 = payment("d2", day(2, 10), "9600", Channel.CASH_DEPOSIT, null, "A1");
  final Payment ad = payment("ad", day(3, 10), "24", Channel.CARD, "A1", null);

  @Test
  void oneFamilyOfModerateIndicatorsIsNotACase() {
    CaseState s = CaseAssembler.empty(1);
    assembler.merge(s, hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2));
    assembler.merge(s, hit("A1", "STR-02", "STRUCTURING", "MODERATE", 30, day(2, 10), d1, d2));
    assertNull(assembler.openReason(s));
  }

  @Test
  void aRelatedAccountReportedTwiceWithOtherDetailsMergesAlikeInEitherOrder() {
    CaseInput first = new CaseInput("A1", null, List.of(new RelatedAccount("W1", LinkKind.COUNTERPARTY, "payments t3, t5", "VICTIM")));
    CaseInput second = new CaseInput("A1", null, List.of(new RelatedAccount("W1", LinkKind.COUNTERPARTY, "payments t1, t3", null),
        new RelatedAccount("W1", LinkKind.SHARED_DEVICE, "dev-2", null)));
    CaseInput third = new CaseInput("A1", null, List.of(new RelatedAccount("W1", LinkKind.SHARED_DEVICE, "dev-1", null)));
    List<String> seen = new ArrayList<>();
    for (List<CaseInput> order : List.of(List.of(first, second, third), List.of(third, second, first))) {
      CaseState s = CaseAssembler.empty(1);
      order.forEach(in -> assembler.merge(s, in));
      s.getRelated().values().stream().map(r -> r.getLink() + " " + r.getDetail() + " " + r.getRole()).sorted()
          .forEach(x -> seen.add(x));
    }
    assertEquals(List.of("COUNTERPARTY payments t1, t3, t5 VICTIM", "SHARED_DEVICE dev-1 null"), seen.subList(0, 2));
    assertEquals(seen.subList(0, 2), seen.subList(2, 4));
  }

  @Test
  void weightAloneNeverOpensACaseOnOneFamily() {
    CaseState s = CaseAssembler.empty(1);
    assembler.merge(s, hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2));
    assembler.merge(s, hit("A1", "STR-02", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2));
    assembler.merge(s, hit("A1", "STR-04", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2));
    assertNull(assembler.openReason(s), "105 points, one family");
    assembler.merge(s, hit("A1", "NCP-07", "NON_CASH_PAYMENTS", "BOOSTER", 10, day(3, 10), ad));
    assertEquals("combined weight 115.0 reaches 100.0", assembler.openReason(s));
  }

  @Test
  void moderateIndicatorsFromTwoFamiliesOpenACaseWithTheirEvidence() {
    CaseState s = CaseAssembler.empty(1);
    assembler.merge(s, hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2));
    assembler.merge(s, hit("A1", "NCP-01", "NON_CASH_PAYMENTS", "MODERATE", 30, day(3, 10), ad));
    assertEquals("moderate indicators from 2 families: NON_CASH_PAYMENTS, STRUCTURING", assembler.openReason(s));
    s.setOpenReason(assembler.openReason(s));
    s.setVersion(1);
    Case c = assembler.render("A1", s);
    assertEquals("CASE-A1-1", c.getCaseId());
    assertEquals(65.0, c.getScore());
    assertEquals(List.of("d1", "d2", "ad"), c.getEvidence().stream().map(e -> e.getPayment().getTransactionId()).toList());
    assertEquals(List.of("NCP-01", "STR-01"), c.getIndicators().stream().map(i -> i.getRuleId()).toList());
    assertTrue(c.getNarrative().startsWith(Narrative.KEY_TERM), c.getNarrative());
    assertTrue(c.getNarrative().contains("3 payment(s) totalling 19124.00 USD"), c.getNarrative());
  }

  @Test
  void aBoosterNeverOpensACaseAloneButAStrongIndicatorDoes() {
    CaseState s = CaseAssembler.empty(1);
    assembler.merge(s, hit("A1", "NCP-07", "NON_CASH_PAYMENTS", "BOOSTER", 10, day(1, 23), ad));
    assertNull(assembler.openReason(s));
    assembler.merge(s, hit("A1", "OSE-04", "ONLINE_SEXUAL_EXPLOITATION", "STRONG", 80, day(2, 1), ad));
    assertEquals("strong indicator OSE-04", assembler.openReason(s));
  }

  @Test
  void theFinalCaseDoesNotDependOnTheOrderHitsArrive() {
    List<CaseInput> inputs = new ArrayList<>(List.of(
        hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2),
        hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(1, 10), d1),
        hit("A1", "NCP-01", "NON_CASH_PAYMENTS", "MODERATE", 30, day(3, 10), ad),
        new CaseInput("A1", null, List.of(new RelatedAccount("A2", LinkKind.SHARED_PHONE, "15550001111", null)))));
    Case reference = null;
    Random random = new Random(7);
    for (int round = 0; round < 10; round++) {
      Collections.shuffle(inputs, random);
      CaseState s = CaseAssembler.empty(1);
      inputs.forEach(in -> assembler.merge(s, in));
      s.setOpenReason(assembler.openReason(s));
      s.setVersion(1);
      Case c = assembler.render("A1", s);
      if (reference == null) {
        reference = c;
      }
      assertEquals(reference, c);
    }
    assertEquals(List.of("A2"), reference.getRelatedAccountIds());
  }

  @Test
  void aRepeatedHitChangesNothing() {
    CaseState s = CaseAssembler.empty(1);
    assertTrue(assembler.merge(s, hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2)));
    assertFalse(assembler.merge(s, hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2)));
  }

  @Test
  void unopenedIndicatorsAgeOutAndAQuietOpenCaseCloses() {
    CaseState s = CaseAssembler.empty(1);
    assembler.merge(s, hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2));
    assertNotNull(assembler.expire(s, day(80, 0).toEpochMilli()));
    assertNull(assembler.expire(s, day(93, 0).toEpochMilli()));

    CaseState open = CaseAssembler.empty(1);
    assembler.merge(open, hit("A1", "STR-01", "STRUCTURING", "MODERATE", 35, day(2, 10), d1, d2));
    assembler.merge(open, hit("A1", "NCP-01", "NON_CASH_PAYMENTS", "MODERATE", 30, day(3, 10), ad));
    open.setVersion(3);
    assertEquals(open, assembler.expire(open, day(60, 0).toEpochMilli()));
    CaseState next = assembler.expire(open, day(94, 0).toEpochMilli());
    assertEquals(2, next.getSequence());
    assertEquals(0, next.getVersion());
    assertTrue(next.getIndicators().isEmpty());
  }
}

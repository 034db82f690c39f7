package org.lantern.rules.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.rules.Payments;
import org.lantern.rules.facts.Money;
import org.lantern.rules.facts.Params;
import org.lantern.schema.Account;
import org.lantern.schema.Channel;
import org.lantern.schema.HolderType;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

class FeatureCatalogueTest {
  private static final Account HOME_US = Account.newBuilder().setAccountId("A").setCustomerId("C")
      .setHolderName("H").setHolderType(HolderType.INDIVIDUAL).setCountry("US").build();

  private static FeatureDefinition only(Map<String, String> params) {
    return new FeatureCatalogue(new Params(params)).windows().get(0);
  }

  @Test
  void readsADefinitionWithParameterReferences() {
    FeatureDefinition w = only(Map.of("limit", "100", "window.small.side", "PAYER", "window.small.length", "48h",
        "window.small.channels", "P2P,MONEY_TRANSFER", "window.small.amountAtMost", "${limit}",
        "window.small.counterpartyAbroad", "true"));
    assertEquals("small", w.name());
    assertEquals(Duration.ofHours(48), w.length());
    Payment abroad = Payments.base("t", Payments.at(1, "10:00"), "100", Channel.P2P)
        .setPayerAccountId("A").setPayeeCountry("PH").build();
    assertTrue(w.qualifies(abroad, Money.of(abroad), Role.PAYER, HOME_US));
    assertFalse(w.qualifies(abroad, Money.of(abroad), Role.PAYEE, HOME_US), "wrong side");
    Payment home = Payments.base("t", Payments.at(1, "10:00"), "100", Channel.P2P)
        .setPayerAccountId("A").setPayeeCountry("US").build();
    assertFalse(w.qualifies(home, Money.of(home), Role.PAYER, HOME_US));
    Payment large = Payments.base("t", Payments.at(1, "10:00"), "100.01", Channel.P2P)
        .setPayerAccountId("A").setPayeeCountry("PH").build();
    assertFalse(w.qualifies(large, Money.of(large), Role.PAYER, HOME_US));
  }

  @Test
  void absentOptionalFieldsDoNotQualifyAndDoNotThrow() {
    FeatureDefinition w = only(Map.of("window.x.side", "PAYER", "window.x.length", "7d", "window.x.mccs", "7011",
        "window.x.counterpartyTypes", "VASP", "window.x.walletRiskLabels", "mixer"));
    Payment bare = Payments.base("t", Payments.at(1, "10:00"), "5", Channel.CARD).setPayerAccountId("A").build();
    assertFalse(w.qualifies(bare, Money.of(bare), Role.PAYER, null));
  }

  @Test
  void holderTypesFilterOnTheAccountsOwnKycAndAnAccountWithoutKycNeverQualifies() {
    FeatureDefinition w = only(Map.of("window.b.side", "PAYER", "window.b.length", "60d", "window.b.holderTypes", "BUSINESS"));
    Payment p = Payments.base("t", Payments.at(1, "10:00"), "900", Channel.CARD).setPayerAccountId("A").build();
    Account business = Account.newBuilder(HOME_US).setHolderType(HolderType.BUSINESS).build();
    assertTrue(w.qualifies(p, Money.of(p), Role.PAYER, business));
    assertFalse(w.qualifies(p, Money.of(p), Role.PAYER, HOME_US));
    assertFalse(w.qualifies(p, Money.of(p), Role.PAYER, null));
  }

  @Test
  void aMistakeNamesTheWindowAndKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> only(Map.of("window.x.side", "PAYER", "window.x.length", "7d", "window.x.chanels", "P2P")));
    assertTrue(e.getMessage().contains("window.x.chanels"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> only(Map.of("window.x.side", "PAYER", "window.x.length", "7d", "window.x.channels", "PIGEON")));
    assertTrue(e.getMessage().contains("window.x") && e.getMessage().contains("PIGEON"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> only(Map.of("window.x.side", "PAYER", "window.x.length", "a week")));
    assertTrue(e.getMessage().contains("30d or 48h"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> only(Map.of("window.x.side", "PAYEE", "window.x.length", "7d", "window.x.perCustomer", "yes")));
    assertTrue(e.getMessage().contains("window.x (perCustomer)") && e.getMessage().contains("yes"), e.getMessage());
  }

  @Test
  void memoExcludesLeavesOutMatchingMemosAndPerCustomerIsReadAndFoundLongest() {
    FeatureCatalogue c = new FeatureCatalogue(new Params(Map.of("window.t.side", "PAYEE", "window.t.length", "30d",
        "window.t.memoExcludes", "salary|wages", "window.t.perCustomer", "true",
        "window.u.side", "PAYEE", "window.u.length", "60d")));
    FeatureDefinition w = c.windows().stream().filter(d -> d.name().equals("t")).findFirst().orElseThrow();
    Payment wage = Payments.base("t1", Payments.at(1, "10:00"), "900", Channel.ACH).setPayeeAccountId("A").setMemo("SALARY march").build();
    Payment gift = Payments.base("t2", Payments.at(1, "10:00"), "900", Channel.ACH).setPayeeAccountId("A").setMemo("birthday").build();
    Payment bare = Payments.base("t3", Payments.at(1, "10:00"), "900", Channel.ACH).setPayeeAccountId("A").build();
    assertFalse(w.qualifies(wage, Money.of(wage), Role.PAYEE, HOME_US));
    assertTrue(w.qualifies(gift, Money.of(gift), Role.PAYEE, HOME_US));
    assertTrue(w.qualifies(bare, Money.of(bare), Role.PAYEE, HOME_US), "no memo: nothing to exclude");
    assertTrue(w.perCustomer());
    assertEquals(Duration.ofDays(30), c.longestPerCustomer(), "the 60-day window is not pooled");
  }

  @Test
  void awayFromHomeReadsTheCityAgainstTheAddressAndOwnAccountsAreToldByName() {
    Account kyc = Account.newBuilder(HOME_US).setHolderName("Dana Cole").setAddress("12 Elm St, Orlando, FL 32801").build();
    FeatureCatalogue c = new FeatureCatalogue(new Params(Map.of(
        "window.away.side", "PAYEE", "window.away.length", "7d", "window.away.awayFromHome", "true",
        "window.others.side", "PAYEE", "window.others.length", "7d", "window.others.counterpartyNamedAsHolder", "false")));
    FeatureDefinition away = c.windows().stream().filter(d -> d.name().equals("away")).findFirst().orElseThrow();
    FeatureDefinition others = c.windows().stream().filter(d -> d.name().equals("others")).findFirst().orElseThrow();
    Payment tampa = Payment.newBuilder(Payments.cashDeposit("d1", "A", "500", Payments.at(1, "10:00"), "BR-T")).setCity("Tampa").build();
    Payment orlando = Payment.newBuilder(tampa).setTransactionId("d2").setCity("ORLANDO").build();
    Payment nowhere = Payment.newBuilder(tampa).setTransactionId("d3").setCity(null).build();
    assertTrue(away.qualifies(tampa, Money.of(tampa), Role.PAYEE, kyc));
    assertFalse(away.qualifies(orlando, Money.of(orlando), Role.PAYEE, kyc), "the home city, in any case");
    assertFalse(away.qualifies(nowhere, Money.of(nowhere), Role.PAYEE, kyc), "no city: not known to be away");
    assertFalse(away.qualifies(tampa, Money.of(tampa), Role.PAYEE, HOME_US), "no address: not known to be away");
    Payment own = Payments.base("t1", Payments.at(1, "10:00"), "900", Channel.ACH).setPayeeAccountId("A")
        .setPayerName("OWN ACCOUNT - DANA COLE").build();
    Payment friend = Payment.newBuilder(own).setTransactionId("t2").setPayerName("Ken Obi").build();
    assertFalse(others.qualifies(own, Money.of(own), Role.PAYEE, kyc));
    assertTrue(others.qualifies(friend, Money.of(friend), Role.PAYEE, kyc));
  }

  @Test
  void movesAwayIsCashTakenOutAwayFromHomeOrMoneyPaidAbroad() {
    Account kyc = Account.newBuilder(HOME_US).setAddress("12 Elm St, Orlando, FL 32801").build();
    FeatureDefinition w = only(Map.of("window.w.side", "PAYER", "window.w.length", "48h", "window.w.movesAway", "true"));
    Payment elPaso = Payments.base("w1", Payments.at(1, "10:00"), "900", Channel.CASH_WITHDRAWAL).setPayerAccountId("A")
        .setCity("El Paso").build();
    Payment orlando = Payment.newBuilder(elPaso).setTransactionId("w2").setCity("Orlando").build();
    Payment toHonduras = Payments.base("t1", Payments.at(1, "11:00"), "900", Channel.WIRE).setPayerAccountId("A")
        .setPayeeCountry("HN").setCity("Orlando").build();
    Payment toTexas = Payment.newBuilder(toHonduras).setTransactionId("t2").setPayeeCountry("US").setCity("Dallas").build();
    assertTrue(w.qualifies(elPaso, Money.of(elPaso), Role.PAYER, kyc));
    assertFalse(w.qualifies(orlando, Money.of(orlando), Role.PAYER, kyc), "cash taken out at home");
    assertTrue(w.qualifies(toHonduras, Money.of(toHonduras), Role.PAYER, kyc));
    assertFalse(w.qualifies(toTexas, Money.of(toTexas), Role.PAYER, kyc), "a transfer at home, wherever it was sent from");
  }

  @Test
  void payeeNamesLookAtWhoIsPaidNotTheMoneyTransferService() {
    FeatureDefinition w = only(Map.of("window.w.side", "PAYER", "window.w.length", "60d", "window.w.payeeNames", "recruit"));
    Payment loan = Payments.base("m1", Payments.at(1, "13:00"), "72.81", Channel.MONEY_TRANSFER).setPayerAccountId("A")
        .setPayeeAccountId("R").setPayeeName("JADE RECRUITMENT SERVICES").setMerchantName("WESTERN UNION").build();
    Payment home = Payment.newBuilder(loan).setTransactionId("m2").setPayeeName("Maria Santos").build();
    assertTrue(w.qualifies(loan, Money.of(loan), Role.PAYER, HOME_US));
    assertFalse(w.qualifies(home, Money.of(home), Role.PAYER, HOME_US));
  }
}

package org.lantern.rules.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.rules.Payments;
import org.lantern.rules.facts.Params;
import org.lantern.rules.facts.SpendMix;
import org.lantern.schema.Account;
import org.lantern.schema.HolderType;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;
import org.lantern.schema.internal.SpendMixState;

class SpendMixesTest {
  private static final Account PERSON = Account.newBuilder().setAccountId("A").setCustomerId("C")
      .setHolderName("H").setHolderType(HolderType.INDIVIDUAL).build();
  private static final Account SHOP = Account.newBuilder().setAccountId("A").setCustomerId("C")
      .setHolderName("H").setHolderType(HolderType.BUSINESS).build();

  private final Map<String, SpendMixState> held = new HashMap<>();
  private final SpendMixes.Store store = new SpendMixes.Store() {
    @Override
    public SpendMixState read(String mix) {
      return held.get(mix);
    }

    @Override
    public void write(String mix, SpendMixState state) {
      held.put(mix, state);
    }
  };

  private static SpendMixes mixes(String recent, String history) {
    FeatureCatalogue catalogue = new FeatureCatalogue(new Params(Map.of(
        "mix.life.side", "PAYER", "mix.life.recent", recent, "mix.life.history", history,
        "mix.life.categories", "${cats}", "cats", "lodging:7011, food:5814/5812",
        "mix.life.holderTypes", "INDIVIDUAL")));
    return new SpendMixes(catalogue.mixes());
  }

  private List<SpendMix> spend(SpendMixes mixes, Instant t, String mcc, long first, long latest, Account kyc) {
    Payment p = Payments.card("t" + t.toEpochMilli() + mcc, "A", "10", t, mcc, "M");
    return mixes.update(store, Math.max(latest, t.toEpochMilli()), first, Role.PAYER, p, kyc);
  }

  private static SpendMix.Category category(SpendMix mix, String name) {
    return mix.getCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void comparesRecentWeeksWithTheObservedHistoryWeeks() {
    SpendMixes mixes = mixes("2w", "6w");
    long first = Payments.at(1, "12:00").toEpochMilli();
    // Weekly takeaway for 8 weeks, then a burst of lodging and takeaway.
    for (int week = 0; week < 8; week++) {
      spend(mixes, Payments.at(1 + 7 * week, "12:00"), "5814", first, 0, PERSON);
    }
    SpendMix last = null;
    for (int day = 57; day < 60; day++) {
      spend(mixes, Payments.at(day, "20:00"), "5812", first, 0, PERSON);
      last = spend(mixes, Payments.at(day, "23:00"), "7011", first, 0, PERSON).get(0);
    }
    assertEquals(6, last.getHistoryWeeks(), "history is capped at the mix's history weeks");
    assertEquals(3, category(last, "lodging").recentCount());
    assertEquals(0.0, category(last, "lodging").usualCount());
    assertEquals(new BigDecimal("30.00"), category(last, "lodging").recentAmount());
    // 6 takeaway payments in the 6 history weeks: usually 2 per 2 weeks; recently 3 (burst) + 1-2 weekly.
    assertEquals(2.0, category(last, "food").usualCount(), 1e-9);
    assertTrue(category(last, "food").recentCount() >= 4);
    assertEquals(List.of("lodging", "food"), last.rising(1.5, 3).getCategories().stream().map(SpendMix.Category::name).toList());
    assertEquals(List.of("lodging"), last.rising(3, 3).getCategories().stream().map(SpendMix.Category::name).toList());
  }

  @Test
  void aYoungAccountHasOnlyTheFullWeeksAfterItsFirst() {
    SpendMixes mixes = mixes("4w", "22w");
    long first = Payments.at(1, "12:00").toEpochMilli();
    SpendMix mix = spend(mixes, Payments.at(50, "12:00"), "7011", first, 0, PERSON).get(0);
    // History: the full weeks after the first one, up to the 4 recent ones.
    long weeks = Math.floorDiv(Payments.at(50, "12:00").toEpochMilli(), 7 * 86_400_000L)
        - Math.floorDiv(first, 7 * 86_400_000L);
    assertEquals(weeks - 4, mix.getHistoryWeeks());
    assertEquals(3, mix.getHistoryWeeks());
  }

  @Test
  void weeksThatLeaveTheRingAreForgotten() {
    SpendMixes mixes = mixes("1w", "2w");
    long first = Payments.at(1, "12:00").toEpochMilli();
    spend(mixes, Payments.at(1, "12:00"), "7011", first, 0, PERSON);
    spend(mixes, Payments.at(2, "12:00"), "7011", first, 0, PERSON);
    SpendMix later = spend(mixes, Payments.at(60, "12:00"), "5814", first, 0, PERSON).get(0);
    assertEquals(0, category(later, "lodging").recentCount());
    assertEquals(0.0, category(later, "lodging").usualCount());
  }

  @Test
  void aLatePaymentCountsInItsOwnWeekAndOneOutOfTheRingIsDropped() {
    SpendMixes mixes = mixes("1w", "4w");
    long first = Payments.at(1, "12:00").toEpochMilli();
    long latest = Payments.at(36, "12:00").toEpochMilli();
    spend(mixes, Payments.at(36, "12:00"), "5814", first, latest, PERSON);
    SpendMix late = spend(mixes, Payments.at(22, "12:00"), "7011", first, latest, PERSON).get(0);
    assertEquals(0, category(late, "lodging").recentCount(), "two weeks back is history, not recent");
    assertEquals(0.25, category(late, "lodging").usualCount(), 1e-9, "one in four history weeks");
    SpendMix tooOld = spend(mixes, Payments.at(2, "12:00"), "7011", first, latest, PERSON).get(0);
    assertEquals(0.25, category(tooOld, "lodging").usualCount(), 1e-9, "older than the ring: not counted");
  }

  @Test
  void otherCategoriesSidesAndHoldersAreNotCounted() {
    SpendMixes mixes = mixes("4w", "22w");
    long first = Payments.at(1, "12:00").toEpochMilli();
    assertTrue(spend(mixes, Payments.at(1, "12:00"), "5411", first, 0, PERSON).isEmpty(), "category not in the mix");
    assertTrue(spend(mixes, Payments.at(1, "12:00"), "7011", first, 0, SHOP).isEmpty(), "holder type filtered out");
    Payment in = Payments.p2p("p", "B", "A", "10", Payments.at(1, "12:00"));
    assertTrue(mixes.update(store, in.getTimestamp(), first, Role.PAYEE, in, PERSON).isEmpty());
    assertTrue(held.isEmpty(), "nothing stored for payments outside the mix");
  }

  @Test
  void badDefinitionsNameTheKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FeatureCatalogue(new Params(Map.of(
        "mix.m.side", "PAYER", "mix.m.recent", "4d", "mix.m.history", "2w", "mix.m.categories", "a:1"))));
    assertTrue(e.getMessage().startsWith("mix.m (recent)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new FeatureCatalogue(new Params(Map.of(
        "mix.m.side", "PAYER", "mix.m.recent", "4w", "mix.m.history", "2w", "mix.m.categories", "a:1, b:1"))));
    assertTrue(e.getMessage().contains("MCC 1 is in two categories"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new FeatureCatalogue(new Params(Map.of(
        "mix.m.side", "PAYER", "mix.m.recent", "4w", "mix.m.history", "2w", "mix.m.categories", "lodging"))));
    assertTrue(e.getMessage().contains("name:mcc"), e.getMessage());
  }
}

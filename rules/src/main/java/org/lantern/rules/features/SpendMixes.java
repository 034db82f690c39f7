package org.lantern.rules.features;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lantern.rules.facts.Money;
import org.lantern.rules.facts.SpendMix;
import org.lantern.schema.Account;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;
import org.lantern.schema.internal.SpendMixState;

/**
 * Keeps an account's spend mixes (those some rule reads): per category, payments and amounts per
 * week in a ring of recent + history weeks. A payment in one of a mix's categories reads and
 * writes that mix's few hundred bytes and makes it a {@link SpendMix} fact; any other payment
 * costs nothing. Weeks are epoch weeks (UTC); the newest week is the account's newest payment's.
 */
public final class SpendMixes {
  private static final long WEEK = 7 * 86_400_000L;

  /** Where one account's mixes live (keyed state in the job, a map in tests). */
  public interface Store {
    SpendMixState read(String mix);

    void write(String mix, SpendMixState state);
  }

  private final List<MixDefinition> kept;

  public SpendMixes(List<MixDefinition> kept) {
    this.kept = List.copyOf(kept);
  }

  public List<MixDefinition> mixes() {
    return kept;
  }

  /**
   * Counts the account's side {@code role} of {@code payment} in the mixes it belongs to and
   * returns those mixes as facts, as of the account's newest time.
   *
   * @param latest the account's newest event time, this payment included
   * @param firstSeen the event time of the oldest payment in the account's history
   */
  public List<SpendMix> update(Store store, long latest, long firstSeen, Role role, Payment payment, Account kyc) {
    // Categories are MCCs: most payment sides (transfers, cash) are out at once.
    if (kept.isEmpty() || payment.getMerchantCategoryCode() == null) {
      return List.of();
    }
    BigDecimal amount = Money.of(payment);
    List<SpendMix> facts = null;
    for (MixDefinition def : kept) {
      int category = def.categoryOf(payment, amount, role, kyc);
      if (category < 0) {
        continue;
      }
      long newest = Math.floorDiv(latest, WEEK);
      SpendMixState state = advance(def, store.read(def.name()), newest);
      long week = Math.floorDiv(payment.getTimestamp(), WEEK);
      if (week > newest - def.weeks()) {
        int i = category * def.weeks() + Math.floorMod(week, def.weeks());
        state.getCounts().set(i, state.getCounts().get(i) + 1);
        state.getAmounts().set(i, state.getAmounts().get(i) + cents(amount));
      }
      store.write(def.name(), state);
      facts = facts == null ? new ArrayList<>() : facts;
      facts.add(fact(def, state, Math.floorDiv(firstSeen, WEEK)));
    }
    return facts == null ? List.of() : facts;
  }

  /** The ring moved on to week {@code newest}: weeks that fell out are zeroed for reuse. */
  private static SpendMixState advance(MixDefinition def, SpendMixState state, long newest) {
    int size = def.weeks() * def.categories().size();
    if (state == null) {
      return new SpendMixState(newest, new ArrayList<>(Collections.nCopies(size, 0)),
          new ArrayList<>(Collections.nCopies(size, 0L)));
    }
    for (long w = state.getWeek() + 1; w <= newest && w <= state.getWeek() + def.weeks(); w++) {
      int slot = Math.floorMod(w, def.weeks());
      for (int c = 0; c < def.categories().size(); c++) {
        state.getCounts().set(c * def.weeks() + slot, 0);
        state.getAmounts().set(c * def.weeks() + slot, 0L);
      }
    }
    state.setWeek(Math.max(state.getWeek(), newest));
    return state;
  }

  /** Recent weeks against the full history weeks after the account's first one. */
  static SpendMix fact(MixDefinition def, SpendMixState state, long firstWeek) {
    long newest = state.getWeek();
    long lastHistoryWeek = newest - def.recentWeeks();
    int history = (int) Math.max(0, Math.min(def.historyWeeks(), lastHistoryWeek - firstWeek));
    List<SpendMix.Category> categories = new ArrayList<>();
    for (int c = 0; c < def.categories().size(); c++) {
      int recent = 0;
      long recentCents = 0;
      for (long w = newest - def.recentWeeks() + 1; w <= newest; w++) {
        int i = c * def.weeks() + Math.floorMod(w, def.weeks());
        recent += state.getCounts().get(i);
        recentCents += state.getAmounts().get(i);
      }
      int before = 0;
      for (long w = lastHistoryWeek - history + 1; w <= lastHistoryWeek; w++) {
        before += state.getCounts().get(c * def.weeks() + Math.floorMod(w, def.weeks()));
      }
      double usual = history == 0 ? 0 : (double) before / history * def.recentWeeks();
      categories.add(new SpendMix.Category(def.categories().get(c).name(), recent,
          BigDecimal.valueOf(recentCents, 2), usual));
    }
    return new SpendMix(def.name(), def.recentWeeks(), history, categories);
  }

  private static long cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
  }
}

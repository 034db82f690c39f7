package org.lantern.rules.facts;

import java.math.BigDecimal;
import java.util.List;
import org.kie.api.definition.type.ClassReactive;

/**
 * What an account bought per category of a spend mix in its recent weeks, beside what it usually
 * bought before them: a fact whenever a payment falls in one of the mix's categories. {@code
 * usualCount} is the average over the history weeks actually observed, scaled to the recent
 * period, so an account with 8 weeks of history is compared with those 8 weeks.
 */
// Facts are inserted, fired on and deleted, never modified: no property reactivity is needed,
// and without it constraints may call methods with parameters (openedTogether(n), rising(m, n)).
@ClassReactive
public final class SpendMix {
  /**
   * One category's figures.
   *
   * @param recentCount payments in the recent weeks (this one included)
   * @param recentAmount their total
   * @param usualCount payments per recent period over the observed history weeks
   */
  public record Category(String name, int recentCount, BigDecimal recentAmount, double usualCount) {}

  private final String name;
  private final int recentWeeks;
  private final int historyWeeks;
  private final List<Category> categories;

  public SpendMix(String name, int recentWeeks, int historyWeeks, List<Category> categories) {
    this.name = name;
    this.recentWeeks = recentWeeks;
    this.historyWeeks = historyWeeks;
    this.categories = List.copyOf(categories);
  }

  public String getName() {
    return name;
  }

  /** Weeks counted as recent, the current one included. */
  public int getRecentWeeks() {
    return recentWeeks;
  }

  /** Full weeks of the account's history before the recent ones that the usual counts come from (0: no baseline yet). */
  public int getHistoryWeeks() {
    return historyWeeks;
  }

  public List<Category> getCategories() {
    return categories;
  }

  public int getCategoryCount() {
    return categories.size();
  }

  /**
   * The same mix with only the categories bought at least {@code minCount} times recently and
   * more than {@code multiple} times as often as usual.
   */
  public SpendMix rising(double multiple, int minCount) {
    return new SpendMix(name, recentWeeks, historyWeeks, categories.stream()
        .filter(c -> c.recentCount() >= minCount && c.recentCount() > multiple * c.usualCount())
        .toList());
  }
}

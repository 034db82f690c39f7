package org.lantern.rules.features;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lantern.schema.Account;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * A named spend mix: merchant categories (each a set of MCCs) counted per week over the
 * account's recent weeks and the history weeks before them, so rules can compare what an account
 * buys now with what it bought before ({@code mix.<name>.*} in windows.properties).
 */
public record MixDefinition(
    String name, Role role, int recentWeeks, int historyWeeks, List<Category> categories, WindowFilter filter,
    String description, Map<String, Integer> categoryOfMcc) {

  /** One category of a mix: a name rule authors read in explanations, and its MCCs. */
  public record Category(String name, List<String> mccs) {}

  public MixDefinition(String name, Role role, int recentWeeks, int historyWeeks, List<Category> categories,
      WindowFilter filter, String description) {
    this(name, role, recentWeeks, historyWeeks, List.copyOf(categories), filter, description, index(categories));
  }

  /** Weeks the ring holds: recent and history. */
  public int weeks() {
    return recentWeeks + historyWeeks;
  }

  /** The category index of the account's side {@code side} of {@code payment}, or -1 when it is not in this mix. */
  public int categoryOf(Payment payment, BigDecimal amount, Role side, Account kyc) {
    String mcc = payment.getMerchantCategoryCode();
    Integer c = side == role && mcc != null ? categoryOfMcc.get(mcc) : null;
    return c == null || !filter.test(payment, amount, side, kyc) ? -1 : c;
  }

  private static Map<String, Integer> index(List<Category> categories) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < categories.size(); i++) {
      for (String mcc : categories.get(i).mccs()) {
        if (out.putIfAbsent(mcc, i) != null) {
          throw new IllegalArgumentException("MCC " + mcc + " is in two categories");
        }
      }
    }
    return Map.copyOf(out);
  }
}

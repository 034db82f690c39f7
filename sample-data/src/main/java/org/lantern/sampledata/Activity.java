package org.lantern.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ordinary financial life: shopping, wages, rent, bills, cash, friends; businesses' takings and costs. */
final class Activity {
  private record Habit(List<Merchants.Merchant> merchants, double perDay, double typical, double fromHour, double toHour, boolean online) {}

  private static final List<Habit> HABITS = List.of(
      new Habit(Merchants.GROCERY, 0.30, 60, 8, 21, false),
      new Habit(Merchants.RESTAURANT, 0.18, 45, 11.5, 22, false),
      new Habit(Merchants.FAST_FOOD, 0.15, 12, 10, 23, false),
      new Habit(Merchants.FUEL, 0.12, 45, 6, 22, false),
      new Habit(Merchants.PHARMACY, 0.04, 25, 9, 20, false),
      new Habit(Merchants.CLOTHING, 0.04, 70, 10, 20, false),
      new Habit(Merchants.COSMETICS, 0.02, 30, 10, 20, false),
      new Habit(Merchants.ONLINE, 0.08, 40, 7, 24, true),
      new Habit(Merchants.BAR, 0.05, 35, 18, 25.5, false),
      new Habit(Merchants.RIDESHARE, 0.04, 18, 7, 24, true));

  private final Generator g;
  private final Map<Party, List<Party>> staff = new HashMap<>();

  Activity(Generator g) {
    this.g = g;
  }

  void everyday() {
    for (Party b : g.population.businesses) {
      List<Party> employees = new ArrayList<>();
      int n = g.between(3, 8);
      for (int i = 0; i < n; i++) {
        employees.add(g.pick(g.population.individuals));
      }
      staff.put(b, employees);
    }
    for (int day = 0; day < g.options.days(); day++) {
      for (Party p : g.population.individuals) {
        if (!p.quiet) {
          individualDay(p, day);
        }
      }
      for (Party b : g.population.businesses) {
        businessDay(b, day);
      }
    }
  }

  private void individualDay(Party p, int day) {
    for (Habit h : HABITS) {
      if (g.chance(h.perDay())) {
        Merchants.Merchant m = g.pick(h.merchants());
        Txn t = g.txn(g.at(p.city, day, g.between(h.fromHour(), h.toHour())), g.around(h.typical()), "CARD")
            .payer(p.accountId, p.name).merchant(m.mcc(), m.name(), p.city.name());
        if (h.online()) {
          t.device(p.device());
        }
      }
    }
    int phase = Math.floorMod(p.accountId.hashCode(), 14);
    boolean earns = !p.occupation.equals("student") && !p.occupation.equals("retired");
    if (earns && day % 14 == phase) {
      g.txn(g.at(p.city, day, 6), g.around(1600), "ACH")
          .payer("EXT-EMP-" + Math.floorMod(p.accountId.hashCode(), 97), "Employer " + Math.floorMod(p.accountId.hashCode(), 97) + " Payroll")
          .payee(p.accountId, p.name).memo("SALARY");
    }
    if (day % 30 == phase) {
      // Rent is the same every month: 650-1,950 by customer.
      g.txn(g.at(p.city, day, 9), 650 + Math.floorMod(p.accountId.hashCode() * 31, 1300), "ACH").payer(p.accountId, p.name)
          .payee("EXT-LANDLORD-" + phase, "Property Management " + phase).memo("RENT");
    }
    if (day % 30 == (phase + 7) % 30) {
      g.txn(g.at(p.city, day, 10), g.around(55), "CARD").payer(p.accountId, p.name)
          .merchant("4814", Merchants.TELECOM_BILL.get(0).name(), p.city.name());
      g.txn(g.at(p.city, day, 11), g.around(90), "ACH").payer(p.accountId, p.name)
          .payee("EXT-UTILITY", Merchants.UTILITIES.get(0).name());
    }
    if (g.chance(0.12)) {
      g.txn(g.at(p.city, day, g.between(7, 23)), 20 * g.between(2, 15), "CASH_WITHDRAWAL")
          .payer(p.accountId, p.name).at(p.city.name(), p.city.atm(g.between(1, 9)));
    }
    if (g.chance(0.06) && !p.friends.isEmpty()) {
      Party f = g.pick(p.friends);
      g.txn(g.at(p.city, day, g.between(8, 23)), g.around(45), "P2P").payer(p.accountId, p.name)
          .payee(f.accountId, f.name).device(p.device()).memo(g.pick(List.of("dinner", "tickets", "thanks", "rent share", "gift")));
    }
    if (g.chance(0.01)) {
      g.txn(g.at(p.city, day, g.between(9, 17)), g.around(200), "CASH_DEPOSIT").payer(null, p.name)
          .payee(p.accountId, p.name).at(p.city.name(), p.city.branch(g.between(1, 4)));
    }
  }

  private void businessDay(Party b, int day) {
    double daily = b.declaredMonthlyIncome / 30;
    g.txn(g.at(b.city, day, 5), g.around(daily * 0.6), "ACH").payer("EXT-CARDPAY", "CardPay Settlement")
        .payee(b.accountId, b.name).memo("CARD SALES");
    if (Population.CASH_HEAVY.contains(b.businessType) && g.chance(0.75)) {
      // Irregular takings; a busy place now and then banks close to the reporting threshold.
      double cash = b.declaredMonthlyIncome > 150_000 && g.chance(0.2) ? g.between(8000, 9900) : Math.min(g.around(daily * 0.3), 7500);
      g.txn(g.at(b.city, day, g.between(16, 22)), cash, "CASH_DEPOSIT").payer(null, b.name)
          .payee(b.accountId, b.name).at(b.city.name(), b.city.branch(1));
    }
    if (g.chance(0.3)) {
      int s = g.between(1, 20);
      g.txn(g.at(b.city, day, g.between(9, 17)), g.around(daily * 0.8), g.chance(0.5) ? "ACH" : "WIRE")
          .payer(b.accountId, b.name).payee("EXT-SUP-" + s, "Supplier " + s + " Co").memo("INVOICE");
    }
    if (b.offTheBooks) {
      return;
    }
    int phase = Math.floorMod(b.accountId.hashCode(), 14);
    if (day % 14 == phase) {
      for (Party e : staff.get(b)) {
        g.txn(g.at(b.city, day, 7), g.around(1400), "ACH").payer(b.accountId, b.name).payee(e.accountId, e.name).memo("PAYROLL");
      }
    }
    if (day % 30 == phase) {
      g.txn(g.at(b.city, day, 8), g.around(daily * 3), "ACH").payer(b.accountId, b.name)
          .payee("EXT-IRS-EFTPS", "IRS EFTPS").memo("941 PAYROLL TAX");
    }
  }
}

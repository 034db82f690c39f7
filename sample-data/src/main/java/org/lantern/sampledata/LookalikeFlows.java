package org.lantern.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * Innocent customers whose money moves like a scheme's: landlords and savings circles collecting
 * from many people, fundraisers, payroll bureaus paying out what they receive, people sweeping
 * their pay to their own savings elsewhere, market traders banking small cash at several
 * machines, businesses banking takings in several cities, crypto savers, gig drivers paid by many
 * riders, and migrants sending small sums to several relatives abroad, often at night.
 */
final class LookalikeFlows {
  private final Generator g;
  private final Lookalikes lookalikes;
  private final Population pop;

  LookalikeFlows(Generator g, Lookalikes lookalikes) {
    this.g = g;
    this.lookalikes = lookalikes;
    this.pop = g.population;
  }

  void plant(int individuals) {
    int few = Math.max(1, individuals / 120);
    for (int i = 0; i < few; i++) {
      landlord(lookalikes.take("lookalike_landlord", "landlord-" + i));
      savingsCircle(lookalikes.take("lookalike_savings_circle", "circle-" + i));
      fundraiser(lookalikes.take("lookalike_fundraiser", "fundraiser-" + i));
      salarySweeper(lookalikes.take("lookalike_salary_sweeper", "sweeper-" + i));
      marketTrader(lookalikes.take("lookalike_market_trader", "trader-" + i));
      cryptoSaver(lookalikes.take("lookalike_crypto_saver", "crypto-" + i));
      gigDriver(lookalikes.take("lookalike_gig_driver", "driver-" + i));
      familyRemitter(lookalikes.take("lookalike_family_remitter", "remitfam-" + i));
    }
    List<Party> businesses = new ArrayList<>(pop.businesses);
    for (int i = 0; i < Math.max(1, businesses.size() / 40); i++) {
      payrollBureau(i);
      multiSiteBusiness(i);
    }
  }

  /** Four to ten tenants pay rent at the start of each month; the mortgage goes out a few days later. */
  private void landlord(Party p) {
    int tenants = g.between(4, 10);
    List<Double> rents = new ArrayList<>();
    for (int t = 0; t < tenants; t++) {
      rents.add((double) Math.round(g.between(650, 1800)));
    }
    double mortgageShare = g.between(0.5, 0.85);
    double mortgage = 0;
    for (int month = 0; month * 30 < g.options.days(); month++) {
      double total = 0;
      for (int t = 0; t < tenants; t++) {
        int day = Math.min(g.options.days() - 1, month * 30 + g.between(0, 4));
        g.txn(g.at(p.city, day, g.between(8, 22)), rents.get(t), g.chance(0.6) ? "P2P" : "ACH")
            .payer("EXT-TENANT-" + p.accountId + "-" + t, pop.outsider()).payee(p.accountId, p.name).memo("rent");
        total += rents.get(t);
      }
      // The mortgage is fixed: a share of the first month's rents.
      mortgage = mortgage > 0 ? mortgage : Math.round(total * mortgageShare);
      g.txn(g.at(p.city, Math.min(g.options.days() - 1, month * 30 + g.between(5, 8)), 9), mortgage, "ACH")
          .payer(p.accountId, p.name).payee("EXT-MORTGAGE", "HomeLoan Bank Mortgage").memo("MORTGAGE");
    }
  }

  /** A rotating savings circle: every member pays in each month and one of them takes the pot. */
  private void savingsCircle(Party organiser) {
    int members = g.between(8, 16);
    double share = Math.round(g.between(100, 500) / 10) * 10.0;
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      Party member = g.chance(0.4) ? g.pick(pop.individuals) : null;
      ids.add(member != null ? member.accountId : "EXT-CIRCLE-" + organiser.accountId + "-" + m);
      names.add(member != null ? member.name : pop.outsider());
    }
    for (int month = 0; month * 30 < g.options.days(); month++) {
      int day = Math.min(g.options.days() - 2, month * 30 + g.between(0, 5));
      for (int m = 0; m < members; m++) {
        g.txn(g.at(organiser.city, day + g.between(0, 1), g.between(8, 22)), share, "P2P").payer(ids.get(m), names.get(m))
            .payee(organiser.accountId, organiser.name).memo("circle");
      }
      int turn = month % members;
      g.txn(g.at(organiser.city, day + 2, 12), share * members, "P2P").payer(organiser.accountId, organiser.name)
          .payee(ids.get(turn), names.get(turn)).memo("circle payout");
    }
  }

  /** Donations for a neighbour's medical bills over a few weeks, paid to the hospital at the end. */
  private void fundraiser(Party p) {
    int start = g.between(0, Math.max(0, g.options.days() - 30));
    double total = 0;
    int donors = g.between(15, 60);
    for (int d = 0; d < donors; d++) {
      double amount = Math.round(g.around(g.between(20, 120)));
      total += amount;
      g.txn(g.at(p.city, start + g.between(0, 20), g.between(8, 23)), amount, "P2P")
          .payer("EXT-DONOR-" + p.accountId + "-" + d, pop.outsider()).payee(p.accountId, p.name).memo("for Sam's surgery");
    }
    g.txn(g.at(p.city, start + g.between(21, 28), 11), total * g.between(0.9, 1.0), "WIRE").payer(p.accountId, p.name)
        .payee("EXT-HOSPITAL", "St. Mary Hospital Billing").memo("patient account");
  }

  /** The salary arrives and almost all of it moves to the customer's savings at another bank the same day. */
  private void salarySweeper(Party p) {
    int cycle = g.pick(List.of(14, 30));
    for (int day = g.between(0, 6); day < g.options.days(); day += cycle) {
      double wage = g.around(2_400) * cycle / 14.0;
      g.txn(g.at(p.city, day, 6), wage, "ACH").payer("EXT-EMP-SWEEP-" + p.accountId, "Employer Payroll").payee(p.accountId, p.name)
          .memo("SALARY");
      g.txn(g.at(p.city, day, g.between(7, 20)), wage * g.between(0.9, 1.0), g.chance(0.5) ? "ACH" : "P2P").payer(p.accountId, p.name)
          .payee("EXT-SAVINGS-" + p.accountId, p.name).memo("to savings");
    }
  }

  /** Weekend market takings banked in small amounts at whichever machine is on the way. */
  private void marketTrader(Party p) {
    p.occupation = g.pick(List.of("market trader", "street vendor", "food truck owner"));
    for (int day = g.between(0, 6); day < g.options.days(); day += g.between(2, 5)) {
      City where = g.chance(0.7) ? p.city : g.pick(City.ALL);
      g.txn(g.at(where, day, g.between(17, 22)), g.between(200, 800), "CASH_DEPOSIT").payer(null, p.name)
          .payee(p.accountId, p.name).at(where.name(), g.chance(0.5) ? where.atm(g.between(1, 9)) : where.branch(g.between(1, 6)));
    }
  }

  /** A fixed sum into crypto every week, some of it sent on to a personal wallet. */
  private void cryptoSaver(Party p) {
    for (int day = g.between(0, 6); day < g.options.days(); day += 7) {
      g.txn(g.at(p.city, day, g.between(7, 23)), g.between(25, 300), "CRYPTO").payer(p.accountId, p.name)
          .payee("EXT-VASP-COINBASKET", "CoinBasket Exchange").device(p.device());
    }
  }

  /** A driver paid privately by many riders, with fuel and a platform payout each week. */
  private void gigDriver(Party p) {
    p.occupation = "driver";
    int riders = g.between(10, 30);
    for (int r = 0; r < riders; r++) {
      for (int k = 0; k < g.between(1, 3); k++) {
        g.txn(g.at(p.city, g.between(0, g.options.days() - 1), g.between(6, 27)), g.between(100, 350), "P2P")
            .payer("EXT-RIDER-" + p.accountId + "-" + r, pop.outsider()).payee(p.accountId, p.name).memo("ride");
      }
    }
    for (int day = 0; day < g.options.days(); day++) {
      if (g.chance(0.5)) {
        g.txn(g.at(p.city, day, g.between(5, 23)), g.around(45), "CARD").payer(p.accountId, p.name)
            .merchant("5541", g.pick(Merchants.FUEL).name(), p.city.name());
      }
      if (day % 7 == 1) {
        g.txn(g.at(p.city, day, 5), g.around(600), "ACH").payer("EXT-RIDENOW", "RideNow Driver Payout").payee(p.accountId, p.name)
            .memo("weekly earnings");
      }
    }
  }

  /** Small sums to parents, siblings and cousins abroad, at whatever hour suits them there. */
  private void familyRemitter(Party p) {
    String surname = p.name.split(" ")[1];
    String country = g.pick(List.of("PH", "DO", "CO", "MX", "JM", "GH"));
    int relatives = g.between(2, 5);
    for (int day = 0; day < g.options.days(); day++) {
      if (g.chance(g.between(0.08, 0.25))) {
        int r = g.rnd.nextInt(relatives);
        g.txn(g.at(p.city, day, g.between(6, 29)), Math.min(150, g.around(60)), g.chance(0.7) ? "MONEY_TRANSFER" : "P2P")
            .payer(p.accountId, p.name).payee("EXT-REL-" + p.accountId + "-" + r, Population.FIRST.get(r * 7 % Population.FIRST.size()) + " " + surname)
            .abroad(country).device(p.device());
      }
    }
  }

  /** A payroll bureau: client companies wire the payroll in, it goes out to their staff the same day, with the taxes. */
  private void payrollBureau(int i) {
    City city = g.pick(City.ALL);
    Party b = pop.business("payroll services", city);
    Lookalikes.label(b, "lookalike_payroll_bureau", "payroll-" + i);
    pop.businesses.add(b);
    int staff = g.between(10, 30);
    for (int day = g.between(0, 6); day < g.options.days(); day += 14) {
      double total = 0;
      for (int c = 0; c < g.between(2, 5); c++) {
        double amount = g.around(6_000);
        total += amount;
        g.txn(g.at(city, day, 8), amount, "WIRE").payer("EXT-CLIENT-" + i + "-" + c, "Client " + c + " Holdings").payee(b.accountId, b.name)
            .memo("payroll funding");
      }
      for (int s = 0; s < staff; s++) {
        Party e = pop.individuals.get((i * 31 + s * 7) % pop.individuals.size());
        g.txn(g.at(city, day, 14), total * 0.75 / staff, "ACH").payer(b.accountId, b.name).payee(e.accountId, e.name).memo("PAYROLL");
      }
      g.txn(g.at(city, day + 1, 9), total * 0.22, "ACH").payer(b.accountId, b.name).payee("EXT-IRS-EFTPS", "IRS EFTPS")
          .memo("941 PAYROLL TAX");
    }
  }

  /** A chain of shops in several cities: each banks its takings locally and the money is swept to the head office. */
  private void multiSiteBusiness(int i) {
    List<City> sites = new ArrayList<>(City.ALL);
    City head = sites.remove(g.rnd.nextInt(sites.size()));
    Party b = pop.business(g.pick(List.of("retail clothing", "grocery store", "auto repair")), head);
    Lookalikes.label(b, "lookalike_multi_site_business", "sites-" + i);
    pop.businesses.add(b);
    int n = g.between(3, 5);
    for (int day = 0; day < g.options.days(); day++) {
      double banked = 0;
      for (int s = 0; s < n; s++) {
        if (g.chance(0.5)) {
          double amount = g.around(1_800);
          banked += amount;
          g.txn(g.at(sites.get(s), day, g.between(16, 20)), amount, "CASH_DEPOSIT").payer(null, b.name).payee(b.accountId, b.name)
              .at(sites.get(s).name(), sites.get(s).branch(1));
        }
      }
      if (banked > 0) {
        g.txn(g.at(head, day + 1, 7), banked * 0.9, "ACH").payer(b.accountId, b.name).payee("EXT-HQ-" + i, b.name + " Operating")
            .memo("cash sweep");
      }
    }
  }
}

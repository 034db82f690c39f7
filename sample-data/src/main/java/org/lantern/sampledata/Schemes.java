package org.lantern.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * Planted trafficking schemes, built from the indicators' own descriptions (indicators.md):
 * sex-trafficking rings (a controller, victims whose accounts he operates, buyers paying) and
 * labour exploitation (a front business paying workers who hand most of it to a controller).
 */
final class Schemes {
  private final Generator g;

  Schemes(Generator g) {
    this.g = g;
  }

  /** Plants the schemes; returns how many. */
  int plant() {
    int customers = g.options.customers();
    int rings = Math.max(1, customers / 200);
    int labour = Math.max(1, customers / 400);
    for (int i = 0; i < rings; i++) {
      sexTraffickingRing("ring-" + (i + 1));
    }
    for (int i = 0; i < labour; i++) {
      labourExploitation("labour-" + (i + 1));
    }
    return rings + labour;
  }

  private void sexTraffickingRing(String scheme) {
    City city = g.pick(City.ALL);
    Population pop = g.population;
    Party controller = role(pop.individual(city, g.between(200, 2000)), "sex_trafficking", "controller", scheme);
    controller.occupation = g.pick(List.of("self-employed", "consultant", "event promoter"));
    pop.individuals.add(controller);
    String burner = pop.phone();
    String stashHouse = pop.address(city);
    if (g.chance(0.5)) {
      controller.phone = burner;
    }
    List<Party> victims = new ArrayList<>();
    int n = g.between(3, 5);
    int opened = g.between(20, 60);
    for (int i = 0; i < n; i++) {
      Party v = role(pop.individual(city, opened - g.between(0, 10)), "sex_trafficking", "victim", scheme);
      v.phone = burner;
      v.address = stashHouse;
      v.occupation = g.pick(List.of("dancer", "model", "waitress", "unemployed"));
      v.devices.add(0, controller.device());
      v.quiet = true;
      pop.individuals.add(v);
      victims.add(v);
    }
    int days = g.options.days();
    // Buyers pay the controller (and sometimes a victim) small amounts, ~250 on average.
    int buyers = g.between(20, 30);
    for (int b = 0; b < buyers; b++) {
      String id = "EXT-P2P-" + scheme + "-" + b;
      String name = g.pick(Population.FIRST) + " " + g.pick(Population.LAST);
      int times = g.between(1, 3);
      for (int k = 0; k < times; k++) {
        int day = g.between(0, days - 1);
        Party to = g.chance(0.75) ? controller : g.pick(victims);
        g.txn(g.at(city, day, g.between(12, 27)), Math.min(800, Math.max(100, g.around(250))), g.chance(0.8) ? "P2P" : "MONEY_TRANSFER")
            .payer(id, name).payee(to.accountId, to.name).device("buyer-" + scheme + "-" + b);
      }
    }
    for (int day = 0; day < days; day++) {
      // Online ads for the victims, in small repeated amounts.
      if (day % g.between(3, 5) == 0) {
        Merchants.Merchant ad = g.pick(Merchants.ADS);
        g.txn(g.at(city, day, g.between(0, 24)), 12 * g.between(1, 8), g.chance(0.3) ? "PREPAID_CARD" : "CARD")
            .payer(controller.accountId, controller.name).merchant(ad.mcc(), ad.name(), city.name()).device(controller.device());
      }
      if (g.chance(0.4)) {
        g.txn(g.at(city, day, g.between(8, 23)), 5 * g.between(2, 10), "CARD").payer(controller.accountId, controller.name)
            .merchant("4814", g.pick(Merchants.PREPAID_TOP_UP).name(), city.name()).device(controller.device());
      }
      if (g.chance(0.3)) {
        City where = g.chance(0.6) ? city : g.pick(City.ALL);
        Merchants.Merchant hotel = g.pick(Merchants.HOTEL);
        g.txn(g.at(where, day, g.between(13, 23)), g.around(140) * g.between(1, 2), "CARD")
            .payer(controller.accountId, controller.name).merchant(hotel.mcc(), hotel.name(), where.name());
      }
      if (g.chance(0.25)) {
        g.txn(g.at(city, day, g.between(22, 28)), g.around(22), "CARD").payer(controller.accountId, controller.name)
            .merchant("4121", Merchants.RIDESHARE.get(0).name(), city.name()).device(controller.device());
      }
      // Victims hand over cash: small deposits into the controller's account, branch after branch.
      if (g.chance(0.3)) {
        Party v = g.pick(victims);
        City where = g.chance(0.6) ? city : g.pick(City.ALL);
        g.txn(g.at(where, day, g.between(10, 20)), g.between(200, 800), "CASH_DEPOSIT").payer(null, v.name)
            .payee(controller.accountId, controller.name).at(where.name(), g.chance(0.5) ? where.branch(g.between(1, 4)) : where.atm(g.between(1, 9)));
      }
      // Victims' own accounts, operated from the controller's phone: takings passed on the same day.
      if (g.chance(0.35)) {
        Party v = g.pick(victims);
        g.txn(g.at(city, day, g.between(13, 23)), g.around(40), "CARD").payer(v.accountId, v.name)
            .merchant(g.chance(0.5) ? "5977" : "5814", g.chance(0.5) ? "GlamBeauty" : "QuickBurger", city.name());
        g.txn(g.at(city, day, g.between(23, 26)), g.around(300), "P2P").payer(v.accountId, v.name)
            .payee(controller.accountId, controller.name).device(controller.device());
      }
    }
    // Structuring: in a few weeks the controller banks the cash in deposits just under 10,000.
    for (int week = g.between(0, 1); week * 7 < days; week += g.between(2, 3)) {
      int deposits = g.between(3, 4);
      for (int k = 0; k < deposits; k++) {
        int day = Math.min(days - 1, week * 7 + k * 2);
        g.txn(g.at(city, day, g.between(10, 16)), g.between(8200, 9900), "CASH_DEPOSIT").payer(null, controller.name)
            .payee(controller.accountId, controller.name).at(city.name(), city.branch(g.between(1, 4)));
      }
    }
  }

  private void labourExploitation(String scheme) {
    City city = g.pick(City.ALL);
    Population pop = g.population;
    Party business = role(pop.business(g.pick(List.of("construction", "cleaning services")), city),
        "labour_exploitation", "front_business", scheme);
    pop.businesses.add(business);
    Party controller = role(pop.individual(city, g.between(300, 3000)), "labour_exploitation", "controller", scheme);
    controller.occupation = "recruiter";
    pop.individuals.add(controller);
    String dorm = pop.address(city);
    List<Party> workers = new ArrayList<>();
    int n = g.between(5, 8);
    for (int i = 0; i < n; i++) {
      Party w = role(pop.individual(city, g.between(30, 90)), "labour_exploitation", "victim", scheme);
      w.address = dorm;
      w.phone = controller.phone;
      w.occupation = "labourer";
      w.quiet = true;
      pop.individuals.add(w);
      workers.add(w);
    }
    int days = g.options.days();
    for (int day = g.between(0, 6); day < days; day += 14) {
      for (Party w : workers) {
        double wage = g.between(900, 1400);
        g.txn(g.at(city, day, 7), wage, "ACH").payer(business.accountId, business.name).payee(w.accountId, w.name).memo("WAGES");
        g.txn(g.at(city, day, g.between(9, 20)), wage * g.between(0.7, 0.9), g.chance(0.5) ? "P2P" : "MONEY_TRANSFER")
            .payer(w.accountId, w.name).payee(controller.accountId, controller.name).device(controller.device()).memo("fees");
      }
      g.txn(g.at(city, day + 1, 12), g.between(2000, 6000), "WIRE").payer(controller.accountId, controller.name)
          .payee("EXT-ABROAD-" + scheme, g.pick(Population.FIRST) + " " + g.pick(Population.LAST)).abroad(g.pick(List.of("MX", "GT", "RO"))).memo("loan repayment");
      g.txn(g.at(city, day + 1, 15), 20 * g.between(20, 40), "CASH_WITHDRAWAL").payer(controller.accountId, controller.name)
          .at(city.name(), city.atm(g.between(1, 9)));
    }
  }

  private static Party role(Party p, String typology, String role, String scheme) {
    p.typology = typology;
    p.role = role;
    p.schemeId = scheme;
    return p;
  }
}

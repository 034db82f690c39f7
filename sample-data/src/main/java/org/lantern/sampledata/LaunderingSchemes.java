package org.lantern.sampledata;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Schemes that move and hide the proceeds: structured cash (split daily, across branches and the
 * customer's own accounts), funnel accounts fed in other cities, rapid movement through chains
 * of accounts, and fan-in hubs collecting from many senders and sending it on.
 */
final class LaunderingSchemes {
  private final Generator g;
  private final Population pop;

  LaunderingSchemes(Generator g) {
    this.g = g;
    this.pop = g.population;
  }

  /**
   * Cash kept under the reporting threshold: on some days several deposits at different branches,
   * spread over one to three of the customer's accounts, whose day total crosses the threshold.
   */
  void structuring(String scheme) {
    City city = g.pick(City.ALL);
    int days = g.options.days();
    Party owner = Schemes.role(pop.individual(city, g.between(200, 4000)), "structuring", "controller", scheme);
    owner.occupation = g.pick(List.of("self-employed", "driver", "cook", "sales associate", "mechanic"));
    pop.individuals.add(owner);
    List<Party> accounts = new ArrayList<>(List.of(owner));
    int extra = g.between(0, 2);
    for (int i = 0; i < extra; i++) {
      accounts.add(pop.secondAccount(owner, g.between(30, 900)));
    }
    double dayTotalLow = g.between(10_500, 14_000);
    double dayTotalHigh = dayTotalLow + g.between(1_000, 12_000);
    int splitDays = g.between(4, 12);
    for (int k = 0; k < splitDays; k++) {
      int day = g.between(0, days - 1);
      double total = g.between(dayTotalLow, dayTotalHigh);
      int pieces = Math.max(2, (int) Math.ceil(total / g.between(4_000, 9_900)));
      for (int piece = 0; piece < pieces; piece++) {
        Party into = g.pick(accounts);
        double amount = Math.min(9_990, total / pieces * g.between(0.85, 1.15));
        City where = g.chance(0.8) ? city : g.pick(City.ALL);
        g.txn(g.at(where, day, 9 + piece * g.between(0.3, 2.5)), amount, "CASH_DEPOSIT").payer(null, owner.name)
            .payee(into.accountId, into.name).at(where.name(), where.branch(g.between(1, 6)));
      }
    }
    // The cash then leaves as a few larger payments: a car, a wire to a relative, card debt.
    for (int k = 0; k < g.between(1, 4); k++) {
      Party from = g.pick(accounts);
      g.txn(g.at(city, g.between(0, days - 1), g.between(10, 17)), g.between(5_000, 25_000), g.chance(0.5) ? "WIRE" : "ACH")
          .payer(from.accountId, from.name).payee("EXT-DEALER-" + g.between(1, 9), "Auto Sales " + g.between(1, 9) + " LLC");
    }
  }

  /**
   * A funnel account: named third parties deposit cash into it in cities far from the holder's,
   * and the money leaves within hours by wire or at the cash machine.
   */
  void funnelAccount(String scheme) {
    City home = g.pick(City.ALL);
    int days = g.options.days();
    Party holder = Schemes.role(pop.individual(home, g.between(30, 1500)), "funnel_account", "controller", scheme);
    pop.individuals.add(holder);
    List<City> away = new ArrayList<>(City.ALL);
    away.remove(home);
    int cities = g.between(2, 5);
    List<String> depositors = new ArrayList<>();
    for (int i = 0; i < g.between(2, 6); i++) {
      depositors.add(pop.outsider());
    }
    double typical = g.between(400, 4_000);
    double outShare = g.between(0.75, 1.0);
    double outHours = g.between(1, 30);
    String abroad = g.pick(List.of("MX", "CN", "CO", "GT", "VN"));
    for (int day = g.between(0, 3); day < days; day += g.between(2, 6)) {
      double batch = 0;
      int deposits = g.between(1, 4);
      for (int k = 0; k < deposits; k++) {
        City where = away.get(g.rnd.nextInt(cities));
        double amount = Math.min(9_500, g.around(typical));
        batch += amount;
        g.txn(g.at(where, day, g.between(9, 17)), amount, "CASH_DEPOSIT").payer(null, g.pick(depositors))
            .payee(holder.accountId, holder.name).at(where.name(), where.branch(g.between(1, 6)));
      }
      double out = batch * outShare;
      if (g.chance(0.6)) {
        g.txn(g.at(home, day, 17 + outHours), out, "WIRE").payer(holder.accountId, holder.name)
            .payee("EXT-FUNNEL-" + scheme, pop.outsider()).abroad(abroad);
      } else {
        for (double left = out; left > 20; left -= 800) {
          g.txn(g.at(home, day, 17 + outHours + g.between(0, 3)), Math.round(Math.min(800, left) / 20) * 20.0, "CASH_WITHDRAWAL")
              .payer(holder.accountId, holder.name).at(home.name(), home.atm(g.between(1, 9)));
        }
      }
    }
  }

  /**
   * Rapid movement: funds enter a chain of accounts by wire or transfer and leave each hop within
   * hours at 90-100%, batch after batch.
   */
  void rapidMovement(String scheme) {
    City city = g.pick(City.ALL);
    int days = g.options.days();
    int hops = g.between(2, 5);
    List<Party> chain = new ArrayList<>();
    for (int i = 0; i < hops; i++) {
      Party p = Schemes.role(pop.individual(g.chance(0.7) ? city : g.pick(City.ALL), g.between(20, 2500)), "rapid_movement",
          i == 0 ? "controller" : "mule", scheme);
      pop.individuals.add(p);
      chain.add(p);
    }
    String source = "EXT-ORIG-" + scheme;
    String sourceName = pop.outsider();
    String sink = "EXT-SINK-" + scheme;
    String sinkCountry = g.pick(List.of("US", "MX", "HK", "AE", "TR", "CN"));
    double typical = g.between(2_000, 30_000);
    int batches = g.between(2, 6);
    for (int b = 0; b < batches; b++) {
      int day = g.between(0, days - 2);
      double amount = g.around(typical);
      double hour = g.between(8, 15);
      g.txn(g.at(city, day, hour), amount, g.pick(List.of("WIRE", "ACH", "WIRE"))).payer(source, sourceName)
          .payee(chain.get(0).accountId, chain.get(0).name);
      for (int i = 0; i < hops; i++) {
        Party from = chain.get(i);
        hour += g.between(0.3, 9);
        amount *= g.between(0.9, 1.0);
        Txn t = g.txn(g.at(from.city, day, hour), amount, g.pick(List.of("WIRE", "ACH", "P2P", "MONEY_TRANSFER")))
            .payer(from.accountId, from.name);
        if (i + 1 < hops) {
          t.payee(chain.get(i + 1).accountId, chain.get(i + 1).name);
        } else {
          t.payee(sink, pop.outsider()).abroad(sinkCountry);
        }
      }
    }
  }

  /** A hub: many distinct senders pay it by transfer within days; most of it goes on to one or two accounts. */
  void fanInHub(String scheme) {
    City city = g.pick(City.ALL);
    int days = g.options.days();
    Party hub = Schemes.role(pop.individual(city, g.between(20, 3000)), "fan_in_laundering", "controller", scheme);
    pop.individuals.add(hub);
    String onward = "EXT-ONWARD-" + scheme;
    String onwardName = pop.outsider();
    double outShare = g.between(0.7, 0.98);
    int rounds = g.between(1, 3);
    for (int r = 0; r < rounds; r++) {
      int start = g.between(0, Math.max(0, days - 10));
      int senders = g.between(8, 30);
      double typical = g.between(150, 3_000);
      double total = 0;
      int spread = g.between(1, 4);
      OffsetDateTime last = g.at(city, start, 0);
      for (int s = 0; s < senders; s++) {
        double amount = g.around(typical);
        total += amount;
        Party sender = g.chance(0.3) ? g.pick(pop.individuals) : null;
        String id = sender != null ? sender.accountId : "EXT-FANIN-" + scheme + "-" + r + "-" + s;
        OffsetDateTime at = g.at(city, start + g.between(0, spread), g.between(8, 22));
        last = at.isAfter(last) ? at : last;
        g.txn(at, amount, g.pick(List.of("P2P", "ACH", "WIRE", "MONEY_TRANSFER")))
            .payer(id, sender != null ? sender.name : pop.outsider()).payee(hub.accountId, hub.name);
      }
      // The hub sends on what it has: after the last credit of the round, within two days.
      g.txn(last.plusMinutes(g.between(60, 48 * 60)), total * outShare, g.chance(0.7) ? "WIRE" : "ACH")
          .payer(hub.accountId, hub.name).payee(onward, onwardName);
    }
  }
}

package org.lantern.sampledata;

import java.util.ArrayList;
import java.util.List;

/**
 * Innocent customers whose payments resemble trafficking indicators, so that measured precision
 * is honest: roommates sharing an address, a family sharing a phone (device), gig workers paid by
 * many clients, students supported by family, business travellers, remitters, cash businesses
 * banking near the threshold, small businesses buying online ads or run by their owner alone, buyers paying a seller abroad in instalments, couples pooling pay in one
 * account, and tenants paying a private landlord on payday.
 */
final class Lookalikes {
  private final Generator g;
  private final List<Party> free;

  Lookalikes(Generator g) {
    this.g = g;
    this.free = new ArrayList<>(g.population.individuals);
  }

  void plant() {
    int n = g.population.individuals.size();
    for (int i = 0; i < Math.max(1, n / 80); i++) {
      roommates(i);
    }
    for (int i = 0; i < Math.max(1, n / 100); i++) {
      familySharingADevice(i);
    }
    for (int i = 0; i < Math.max(1, n / 60); i++) {
      gigWorker(take("lookalike_gig_worker", "gig-" + i));
    }
    for (int i = 0; i < Math.max(1, n / 50); i++) {
      student(take("lookalike_student", "student-" + i));
    }
    for (int i = 0; i < Math.max(1, n / 60); i++) {
      traveller(take("lookalike_traveller", "travel-" + i));
    }
    for (int i = 0; i < Math.max(1, n / 50); i++) {
      remitter(take("lookalike_remitter", "remit-" + i));
    }
    for (int i = 0; i < Math.max(1, n / 60); i++) {
      couplePoolingPay(i);
    }
    for (int i = 0; i < Math.max(1, n / 60); i++) {
      tenant(take("lookalike_tenant", "tenant-" + i));
    }
    for (int i = 0; i < Math.max(1, n / 100); i++) {
      nightShiftFlat(i);
    }
    for (int i = 0; i < Math.max(1, n / 120); i++) {
      travellingNurse(take("lookalike_travelling_nurse", "nurse-" + i));
    }
    for (int i = 0; i < Math.max(1, n / 120); i++) {
      gamer(take("lookalike_gamer", "gamer-" + i));
    }
    for (int i = 0; i < Math.max(1, n / 150); i++) {
      buyerAbroad(take("lookalike_buyer_abroad", "abroad-" + i));
    }
    for (Party b : g.population.businesses) {
      if (Population.CASH_HEAVY.contains(b.businessType) && b.declaredMonthlyIncome > 150_000) {
        label(b, "lookalike_cash_business", "cash-" + b.accountId);
      } else if (g.chance(0.3)) {
        label(b, "lookalike_business_ads", "ads-" + b.accountId);
        businessAds(b);
      } else if (g.chance(0.15)) {
        // Run by its owner alone: no payroll and no payroll tax, like a front's (LAB-01's look-alike).
        label(b, "lookalike_owner_operated", "owner-" + b.accountId);
        b.offTheBooks = true;
      }
    }
    new LookalikeFlows(g, this).plant(n);
  }

  Party take(String typology, String scheme) {
    Party p = free.remove(g.rnd.nextInt(free.size()));
    label(p, typology, scheme);
    return p;
  }

  static void label(Party p, String typology, String scheme) {
    p.typology = typology;
    p.role = "innocent";
    p.schemeId = scheme;
  }

  /** Three unrelated people at one address, recorded in three different spellings. */
  private void roommates(int i) {
    Party a = take("lookalike_roommates", "roommates-" + i);
    Party b = take("lookalike_roommates", "roommates-" + i);
    Party c = take("lookalike_roommates", "roommates-" + i);
    b.city = a.city;
    c.city = a.city;
    int number = g.between(1, 2999);
    String street = g.pick(Population.STREETS);
    a.address = number + " " + street + " Street, Apt 12, " + a.city.name();
    b.address = number + " " + street + " St. Apt. 12 " + a.city.name();
    c.address = (number + " " + street.toUpperCase() + " STREET APARTMENT 12, " + a.city.name()).toUpperCase();
  }

  /** Parents and a teenager paying from the family tablet. */
  private void familySharingADevice(int i) {
    Party a = take("lookalike_family_device", "family-" + i);
    Party b = take("lookalike_family_device", "family-" + i);
    Party c = take("lookalike_family_device", "family-" + i);
    String tablet = g.population.newDevice();
    for (Party p : List.of(a, b, c)) {
      p.devices.add(0, tablet);
      p.address = a.address;
      p.city = a.city;
    }
    if (g.chance(0.7)) {
      holiday(a, List.of(a, b, c));
    }
  }

  /**
   * A family holiday: flights for everyone, a hotel for several nights (billed at the end, or
   * night by night as some hotels and short lets do), meals and rides there.
   */
  private void holiday(Party payer, List<Party> family) {
    int day = g.between(0, Math.max(0, g.options.days() - 10));
    City away = g.pick(City.ALL);
    for (Party p : family) {
      g.txn(g.at(payer.city, day, 8), g.around(280), "CARD").payer(payer.accountId, payer.name)
          .merchant("4511", Merchants.AIRLINE.get(0).name(), payer.city.name()).device(payer.devices.get(0));
    }
    int nights = g.between(3, 9);
    Merchants.Merchant hotel = g.pick(Merchants.HOTEL);
    if (g.chance(0.5)) {
      for (int night = 0; night < nights; night++) {
        g.txn(g.at(away, day + night, 23), g.around(150), "CARD").payer(payer.accountId, payer.name)
            .merchant(hotel.mcc(), hotel.name(), away.name());
      }
    } else {
      for (int stay = 0; stay < g.between(1, 3); stay++) {
        g.txn(g.at(away, day + nights, 11), g.around(160) * nights / 2.0, "CARD").payer(payer.accountId, payer.name)
            .merchant(hotel.mcc(), hotel.name(), away.name());
      }
    }
    for (int d = day; d < day + nights; d++) {
      Party who = g.pick(family);
      g.txn(g.at(away, d, 19), g.around(70), "CARD").payer(who.accountId, who.name)
          .merchant("5812", g.pick(Merchants.RESTAURANT).name(), away.name());
      g.txn(g.at(away, d, g.between(9, 23)), g.around(22), "CARD").payer(who.accountId, who.name)
          .merchant("4121", Merchants.RIDESHARE.get(0).name(), away.name()).device(who.device());
    }
  }

  /** Unrelated night-shift workers sharing a flat: wages, food and rides in the small hours. */
  private void nightShiftFlat(int i) {
    List<Party> mates = new ArrayList<>();
    int n = g.between(3, 4);
    for (int k = 0; k < n; k++) {
      mates.add(take("lookalike_night_shift", "nightshift-" + i));
    }
    String flat = mates.get(0).address;
    String laptop = g.chance(0.5) ? g.population.newDevice() : null;
    for (Party p : mates) {
      p.address = flat;
      p.city = mates.get(0).city;
      p.occupation = g.pick(List.of("nurse", "security guard", "warehouse worker", "bartender"));
      if (laptop != null) {
        p.devices.add(0, laptop);
      }
      for (int day = 0; day < g.options.days(); day++) {
        if (g.chance(0.35)) {
          g.txn(g.at(p.city, day, g.between(23, 29)), g.around(14), "CARD").payer(p.accountId, p.name)
              .merchant("5814", g.pick(Merchants.FAST_FOOD).name(), p.city.name());
        }
        if (g.chance(0.3)) {
          g.txn(g.at(p.city, day, g.between(22, 30)), g.around(19), "CARD").payer(p.accountId, p.name)
              .merchant("4121", Merchants.RIDESHARE.get(0).name(), p.city.name()).device(p.device());
        }
        if (g.chance(0.06)) {
          g.txn(g.at(p.city, day, g.between(23, 28)), g.around(40), "CARD").payer(p.accountId, p.name)
              .merchant("5813", g.pick(Merchants.BAR).name(), p.city.name());
        }
      }
    }
  }

  /** A nurse on a long placement in another city: a weekly hotel bill there, rides to the hospital. */
  private void travellingNurse(Party p) {
    p.occupation = "travel nurse";
    City placement = g.pick(City.ALL);
    for (int day = g.between(0, 6); day < g.options.days(); day += 7) {
      g.txn(g.at(placement, day, 10), g.around(700), "CARD").payer(p.accountId, p.name)
          .merchant("7011", g.pick(Merchants.HOTEL).name(), placement.name());
      for (int k = 0; k < g.between(2, 5); k++) {
        g.txn(g.at(placement, day + k, g.between(6, 22)), g.around(16), "CARD").payer(p.accountId, p.name)
            .merchant("4121", Merchants.RIDESHARE.get(0).name(), placement.name()).device(p.device());
      }
    }
  }

  /** A gamer: streaming and game credits late at night, a VPN subscription, now and then crypto. */
  private void gamer(Party p) {
    for (int day = 0; day < g.options.days(); day++) {
      if (g.chance(0.15)) {
        g.txn(g.at(p.city, day, g.between(20, 27)), g.around(12), "CARD").payer(p.accountId, p.name)
            .merchant("5816", g.pick(List.of("GameVault Credits", "StreamBox Live")), p.city.name()).device(p.device());
      }
      if (day % 30 == 12) {
        g.txn(g.at(p.city, day, 21), 9.99, "CARD").payer(p.accountId, p.name)
            .merchant("4816", "ShieldVPN Privacy", p.city.name()).device(p.device());
      }
      if (g.chance(0.03)) {
        g.txn(g.at(p.city, day, g.between(18, 24)), g.around(50), "CRYPTO").payer(p.accountId, p.name)
            .payee("EXT-VASP-COINBASKET", "CoinBasket Exchange").device(p.device());
      }
    }
  }

  /** A dog walker or tutor paid by a dozen or more clients each month. */
  private void gigWorker(Party p) {
    p.occupation = g.pick(List.of("dog walker", "private tutor", "handyman"));
    int clients = g.between(12, 20);
    for (int c = 0; c < clients; c++) {
      Party client = g.chance(0.5) ? g.pick(g.population.individuals) : null;
      String id = client != null ? client.accountId : "EXT-P2P-G" + p.accountId + "-" + c;
      String name = client != null ? client.name : g.pick(Population.FIRST) + " " + g.pick(Population.LAST);
      for (int day = g.between(0, 6); day < g.options.days(); day += g.between(7, 16)) {
        g.txn(g.at(p.city, day, g.between(9, 20)), g.between(100, 250), "P2P").payer(id, name)
            .payee(p.accountId, p.name).memo(g.pick(List.of("walks", "lesson", "repairs", "thanks")));
      }
    }
  }

  private void student(Party p) {
    p.occupation = "student";
    for (int parent = 0; parent < 2; parent++) {
      String id = "EXT-P2P-S" + p.accountId + "-" + parent;
      String name = g.pick(Population.FIRST) + " " + p.name.split(" ")[1];
      for (int day = g.between(0, 10); day < g.options.days(); day += g.between(12, 30)) {
        g.txn(g.at(p.city, day, g.between(8, 22)), g.between(50, 400), "P2P").payer(id, name)
            .payee(p.accountId, p.name).memo("books and food");
      }
    }
  }

  /** Consultant on the road: flights, one- and two-night hotel stays in several cities. */
  private void traveller(Party p) {
    p.occupation = "management consultant";
    for (int day = g.between(0, 5); day < g.options.days(); day += g.between(5, 9)) {
      City away = g.pick(City.ALL);
      g.txn(g.at(p.city, day, 7), g.around(320), "CARD").payer(p.accountId, p.name)
          .merchant("4511", Merchants.AIRLINE.get(0).name(), p.city.name()).device(p.device());
      int nights = g.between(1, 2);
      Merchants.Merchant hotel = g.pick(Merchants.HOTEL);
      g.txn(g.at(away, day + nights, 11), g.around(170) * nights, "CARD").payer(p.accountId, p.name)
          .merchant(hotel.mcc(), hotel.name(), away.name());
      g.txn(g.at(away, day, 20), g.around(60), "CARD").payer(p.accountId, p.name)
          .merchant("5812", g.pick(Merchants.RESTAURANT).name(), away.name());
      g.txn(g.at(away, day, 9), g.around(25), "CARD").payer(p.accountId, p.name)
          .merchant("4121", Merchants.RIDESHARE.get(0).name(), away.name()).device(p.device());
    }
  }

  /** Wages of one partner moved to the other's account on payday, every pay cycle. */
  private void couplePoolingPay(int i) {
    Party earner = take("lookalike_couple", "couple-" + i);
    Party partner = take("lookalike_couple", "couple-" + i);
    partner.address = earner.address;
    partner.city = earner.city;
    paydayTransfers(earner, 1500, 3200, "PAYROLL", partner, 9, 21, 0.6, 0.85, "household");
  }

  /** A worker who pays a private landlord a third of each wage the day it arrives. */
  private void tenant(Party p) {
    Party landlord = g.pick(g.population.individuals);
    paydayTransfers(p, 1100, 2000, "SALARY", landlord, 12, 22, 0.3, 0.45, "rent");
  }

  /** A fortnightly wage from a random employer, and a share of it sent to {@code to} later that day. */
  private void paydayTransfers(Party worker, int minWage, int maxWage, String wageMemo, Party to,
      int fromHour, int toHour, double minShare, double maxShare, String memo) {
    Party employer = g.pick(g.population.businesses);
    for (int day = g.between(0, 6); day < g.options.days(); day += 14) {
      double wage = g.between(minWage, maxWage);
      g.txn(g.at(worker.city, day, 7), wage, "ACH").payer(employer.accountId, employer.name)
          .payee(worker.accountId, worker.name).memo(wageMemo);
      g.txn(g.at(worker.city, day, g.between(fromHour, toHour)), wage * g.between(minShare, maxShare), "P2P")
          .payer(worker.accountId, worker.name).payee(to.accountId, to.name).device(worker.device()).memo(memo);
    }
  }

  private void remitter(Party p) {
    String country = g.pick(List.of("MX", "PH", "GT", "IN"));
    String id = "EXT-REM-" + p.accountId;
    String name = g.pick(Population.FIRST) + " " + p.name.split(" ")[1];
    for (int day = g.between(0, 10); day < g.options.days(); day += 30) {
      g.txn(g.at(p.city, day, g.between(10, 18)), g.between(150, 500), "MONEY_TRANSFER").payer(p.accountId, p.name)
          .payee(id, name).abroad(country).at(p.city.name(), null).memo("family support");
    }
  }

  private void businessAds(Party b) {
    for (int day = g.between(0, 6); day < g.options.days(); day += g.between(5, 9)) {
      g.txn(g.at(b.city, day, g.between(9, 17)), g.around(150), "CARD").payer(b.accountId, b.name)
          .merchant("7311", Merchants.BUSINESS_ADS.get(0).name(), b.city.name()).device(b.device());
    }
  }

  /** Orders from a new seller abroad, paid in three or four instalments within two days, about alike (OSE-06's look-alike). */
  private void buyerAbroad(Party p) {
    String country = g.pick(List.of("CN", "TR", "IN", "PH", "MX"));
    String seller = "EXT-SELLER-" + p.accountId;
    int day = g.between(5, g.options.days() - 3);
    double amount = g.between(40, 600);
    for (int k = 0, n = g.between(3, 4); k < n; k++) {
      g.txn(g.at(p.city, day + k / 2, g.between(9, 21)), Math.round(amount * g.between(0.85, 1.15)),
          g.pick(List.of("P2P", "MONEY_TRANSFER", "WIRE"))).payer(p.accountId, p.name).payee(seller, g.population.outsider())
          .abroad(country).device(p.device());
    }
  }
}

package org.lantern.sampledata;

import java.util.ArrayList;
import java.util.List;

/** The bank's customers: individuals with friends, employers and devices; businesses with staff. */
final class Population {
  static final List<String> FIRST = List.of("Maria", "James", "Ana", "Wei", "Fatima", "John", "Olga", "Luis",
      "Mei", "David", "Sofia", "Ahmed", "Elena", "Michael", "Grace", "Carlos", "Nadia", "Peter", "Lina", "Omar",
      "Rosa", "Daniel", "Irina", "Kevin", "Aisha", "Thomas", "Yuki", "Samuel", "Ines", "Robert", "Hana", "Victor",
      "Claire", "Jorge", "Amara", "Paul", "Leila", "Andrew", "Tara", "Marco");
  static final List<String> LAST = List.of("Garcia", "Smith", "Nguyen", "Chen", "Khan", "Johnson", "Petrova",
      "Lopez", "Wang", "Brown", "Rossi", "Hassan", "Ivanova", "Miller", "Okafor", "Martinez", "Kowalski", "Davis",
      "Santos", "Ali", "Kim", "Wilson", "Popescu", "Taylor", "Mensah", "Anderson", "Tanaka", "Moore", "Silva",
      "Clark", "Park", "Reyes", "Dubois", "Hernandez", "Osei", "Walker", "Haddad", "Young", "Shah", "Bianchi");
  static final List<String> STREETS = List.of("Oak", "Maple", "Cedar", "Pine", "Elm", "Lake", "Hill", "Park",
      "Washington", "Lincoln", "Jackson", "River", "Sunset", "Highland", "Church", "Mill");
  static final List<String> SUFFIXES = List.of("Street", "Avenue", "Road", "Boulevard", "Drive", "Lane");
  static final List<String> OCCUPATIONS = List.of("nurse", "teacher", "software developer", "cashier",
      "electrician", "accountant", "driver", "cook", "sales associate", "mechanic", "pharmacist", "warehouse worker",
      "receptionist", "engineer", "hairdresser", "student", "retired", "plumber", "designer", "security guard");
  static final List<String> BUSINESS_TYPES = List.of("restaurant", "bar", "nail salon", "hair salon",
      "grocery store", "construction", "cleaning services", "auto repair", "retail clothing", "dental practice");
  static final List<String> CASH_HEAVY = List.of("restaurant", "bar", "nail salon", "hair salon", "grocery store");

  final Generator g;
  final List<Party> all = new ArrayList<>();
  final List<Party> individuals = new ArrayList<>();
  final List<Party> businesses = new ArrayList<>();
  private int seq;
  private int deviceSeq;

  Population(Generator g) {
    this.g = g;
  }

  void build() {
    int nBusinesses = Math.max(2, g.options.customers() * 12 / 100);
    for (int i = 0; i < g.options.customers() - nBusinesses; i++) {
      individuals.add(individual(g.pick(City.ALL), g.between(60, 4000)));
    }
    for (int i = 0; i < nBusinesses; i++) {
      businesses.add(business(g.pick(BUSINESS_TYPES), g.pick(City.ALL)));
    }
    for (Party p : individuals) {
      int n = g.between(3, 5);
      for (int i = 0; i < n; i++) {
        Party f = g.pick(individuals);
        if (f != p && !p.friends.contains(f)) {
          p.friends.add(f);
        }
      }
    }
  }

  /** A new individual customer whose account was opened {@code daysBeforeStart} before the data starts. */
  Party individual(City city, int daysBeforeStart) {
    seq++;
    String first = g.pick(FIRST);
    String last = g.pick(LAST);
    Party p = new Party(String.format("A%06d", seq), String.format("C%06d", seq), first + " " + last, false, city);
    p.phone = phone();
    p.email = (first + "." + last + seq).toLowerCase() + "@mail.example";
    p.address = address(city);
    p.occupation = g.pick(OCCUPATIONS);
    p.openedAt = g.options.start().minusDays(daysBeforeStart);
    p.devices.add(newDevice());
    all.add(p);
    return p;
  }

  Party business(String type, City city) {
    seq++;
    String name = g.pick(LAST) + " " + capitalise(type) + (g.chance(0.5) ? " LLC" : " Inc");
    Party p = new Party(String.format("A%06d", seq), String.format("C%06d", seq), name, true, city);
    p.businessType = type;
    p.phone = phone();
    p.email = "office" + seq + "@biz.example";
    p.address = address(city);
    p.openedAt = g.options.start().minusDays(g.between(200, 5000));
    p.declaredMonthlyIncome = (double) Math.round(g.between(20_000, 250_000));
    p.devices.add(newDevice());
    all.add(p);
    return p;
  }

  /** A second account of the same customer (same name, contacts and devices), opened later. */
  Party secondAccount(Party owner, int daysBeforeStart) {
    seq++;
    Party p = new Party(String.format("A%06d", seq), owner.customerId, owner.name, owner.business, owner.city);
    p.phone = owner.phone;
    p.email = owner.email;
    p.address = owner.address;
    p.occupation = owner.occupation;
    p.businessType = owner.businessType;
    p.declaredMonthlyIncome = owner.declaredMonthlyIncome;
    p.openedAt = g.options.start().minusDays(daysBeforeStart);
    p.devices.addAll(owner.devices);
    p.typology = owner.typology;
    p.role = owner.role;
    p.schemeId = owner.schemeId;
    all.add(p);
    return p;
  }

  /** A person outside the bank: a name only. */
  String outsider() {
    return g.pick(FIRST) + " " + g.pick(LAST);
  }

  String newDevice() {
    return String.format("dev-%05d-%04x", ++deviceSeq, g.rnd.nextInt(0x10000));
  }

  String phone() {
    return String.format("+1 (%03d) 555-%04d", g.between(201, 989), g.rnd.nextInt(10000));
  }

  String address(City city) {
    return g.between(1, 2999) + " " + g.pick(STREETS) + " " + g.pick(SUFFIXES) + ", Apt " + g.between(1, 40)
        + ", " + city.name();
  }

  private static String capitalise(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
    }
    return b.toString().trim();
  }
}

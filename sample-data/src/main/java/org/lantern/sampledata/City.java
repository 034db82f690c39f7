package org.lantern.sampledata;

import java.time.ZoneOffset;
import java.util.List;

/** Where customers live and pay, with the UTC offset used for local clock times. */
record City(String name, String code, ZoneOffset offset) {
  static final List<City> ALL =
      List.of(
          new City("New York", "NYC", ZoneOffset.ofHours(-5)),
          new City("Newark", "EWR", ZoneOffset.ofHours(-5)),
          new City("Miami", "MIA", ZoneOffset.ofHours(-5)),
          new City("Atlanta", "ATL", ZoneOffset.ofHours(-5)),
          new City("Chicago", "CHI", ZoneOffset.ofHours(-6)),
          new City("Houston", "HOU", ZoneOffset.ofHours(-6)),
          new City("Phoenix", "PHX", ZoneOffset.ofHours(-7)),
          new City("Las Vegas", "LAS", ZoneOffset.ofHours(-8)),
          new City("Los Angeles", "LAX", ZoneOffset.ofHours(-8)),
          new City("Seattle", "SEA", ZoneOffset.ofHours(-8)));

  String branch(int n) {
    return "BR-" + code + "-" + n;
  }

  String atm(int n) {
    return "ATM-" + code + "-" + n;
  }
}

package org.lantern.sampledata;

import java.util.List;

/** Merchants by category code (ISO 18245), as they appear on statements. */
final class Merchants {
  record Merchant(String mcc, String name) {}

  static final List<Merchant> GROCERY = List.of(new Merchant("5411", "FreshMart"), new Merchant("5411", "GreenBasket Foods"));
  static final List<Merchant> RESTAURANT = List.of(new Merchant("5812", "Luigi's Trattoria"), new Merchant("5812", "Golden Dragon"), new Merchant("5812", "Harbor Grill"));
  static final List<Merchant> FAST_FOOD = List.of(new Merchant("5814", "QuickBurger"), new Merchant("5814", "Taco Express"));
  static final List<Merchant> FUEL = List.of(new Merchant("5541", "FuelStop"), new Merchant("5541", "Petro Plus"));
  static final List<Merchant> PHARMACY = List.of(new Merchant("5912", "CarePharmacy"));
  static final List<Merchant> CLOTHING = List.of(new Merchant("5651", "StyleHub"), new Merchant("5621", "Belle Boutique"));
  static final List<Merchant> COSMETICS = List.of(new Merchant("5977", "GlamBeauty"));
  static final List<Merchant> ONLINE = List.of(new Merchant("5942", "PageTurner Books Online"), new Merchant("5999", "ShopAll Online"));
  static final List<Merchant> BAR = List.of(new Merchant("5813", "Night Owl Lounge"), new Merchant("5813", "The Tap Room"));
  static final List<Merchant> RIDESHARE = List.of(new Merchant("4121", "RideNow"));
  static final List<Merchant> HOTEL = List.of(new Merchant("7011", "Budget Inn"), new Merchant("7011", "Skyline Hotel"), new Merchant("7011", "Motel Sunrise"));
  static final List<Merchant> AIRLINE = List.of(new Merchant("4511", "SkyWays Airlines"));
  static final List<Merchant> TELECOM_BILL = List.of(new Merchant("4814", "TelcoOne Wireless"));
  static final List<Merchant> PREPAID_TOP_UP = List.of(new Merchant("4814", "QuickTop Prepaid"), new Merchant("4814", "AnyTime Minutes"));
  static final List<Merchant> UTILITIES = List.of(new Merchant("4900", "City Power & Water"));
  static final List<Merchant> ADS = List.of(new Merchant("7311", "ClassyAds Online"), new Merchant("7273", "Companion Listings"), new Merchant("4816", "SiteHost Pro"));
  static final List<Merchant> BUSINESS_ADS = List.of(new Merchant("7311", "LocalReach Advertising"));
  static final List<Merchant> MASSAGE = List.of(new Merchant("7297", "Lotus Massage"), new Merchant("7298", "Serenity Spa"));

  private Merchants() {}
}

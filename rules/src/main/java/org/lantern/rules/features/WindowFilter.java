package org.lantern.rules.features;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.lantern.rules.facts.Window;
import org.lantern.schema.Account;
import org.lantern.schema.Channel;
import org.lantern.schema.HolderType;
import org.lantern.schema.PartyType;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * Which payment sides a window keeps, read from the window's keys in windows.properties. Every
 * condition given must hold; a condition left out does not filter. Values are parsed once here,
 * because the test runs for every payment side and every window.
 */
final class WindowFilter {
  static final List<String> KEYS = List.of("channels", "mccs", "merchantNames", "payeeNames", "amountAtLeast", "amountBelow",
      "amountAtMost", "currency", "counterpartyTypes", "counterpartyCountries", "counterpartyAbroad",
      "counterpartyIsAccount", "merchantNamed", "memoMatches", "memoExcludes", "walletRiskLabels", "night", "tellerObserved",
      "holderTypes", "counterpartyNamedAsHolder", "awayFromHome", "movesAway");

  private final Set<Channel> channels;
  private final Set<String> mccs;
  private final List<String> merchantNames;
  private final List<String> payeeNames;
  private final BigDecimal atLeast;
  private final BigDecimal below;
  private final BigDecimal atMost;
  private final String currency;
  private final Set<PartyType> counterpartyTypes;
  private final Set<String> counterpartyCountries;
  private final Boolean abroad;
  private final Boolean counterpartyIsAccount;
  private final Boolean merchantNamed;
  private final Pattern memo;
  private final Pattern memoExcluded;
  private final Set<String> walletLabels;
  private final Boolean night;
  private final Boolean tellerObserved;
  private final Set<HolderType> holderTypes;
  private final Boolean namedAsHolder;
  private final Boolean awayFromHome;
  private final Boolean movesAway;

  /** @param get the window's value for a key (references resolved), or null when not given */
  WindowFilter(Function<String, String> get) {
    channels = enums(Channel.class, get.apply("channels"));
    mccs = set(get.apply("mccs"), false);
    merchantNames = nameParts(get.apply("merchantNames"));
    payeeNames = nameParts(get.apply("payeeNames"));
    atLeast = decimal(get.apply("amountAtLeast"));
    below = decimal(get.apply("amountBelow"));
    atMost = decimal(get.apply("amountAtMost"));
    currency = get.apply("currency");
    counterpartyTypes = enums(PartyType.class, get.apply("counterpartyTypes"));
    counterpartyCountries = set(get.apply("counterpartyCountries"), false);
    abroad = bool(get.apply("counterpartyAbroad"));
    counterpartyIsAccount = bool(get.apply("counterpartyIsAccount"));
    merchantNamed = bool(get.apply("merchantNamed"));
    memo = get.apply("memoMatches") == null ? null
        : Pattern.compile(get.apply("memoMatches"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    memoExcluded = get.apply("memoExcludes") == null ? null
        : Pattern.compile(get.apply("memoExcludes"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    walletLabels = set(get.apply("walletRiskLabels"), true);
    night = bool(get.apply("night"));
    tellerObserved = bool(get.apply("tellerObserved"));
    holderTypes = enums(HolderType.class, get.apply("holderTypes"));
    namedAsHolder = bool(get.apply("counterpartyNamedAsHolder"));
    awayFromHome = bool(get.apply("awayFromHome"));
    movesAway = bool(get.apply("movesAway"));
  }

  /** @param amount the payment's amount, decoded once for every window */
  boolean test(Payment p, BigDecimal amount, Role role, Account kyc) {
    // The account's own holder type: an account without KYC has none and never qualifies.
    if (holderTypes != null && (kyc == null || !holderTypes.contains(kyc.getHolderType()))) {
      return false;
    }
    if (channels != null && !channels.contains(p.getChannel())) {
      return false;
    }
    if (mccs != null && !mccs.contains(p.getMerchantCategoryCode())) {
      return false;
    }
    if (merchantNames != null && !nameMatches(merchantNames, p.getMerchantName() != null ? p.getMerchantName() : p.getPayeeName())) {
      return false;
    }
    // A money transfer names its service as the merchant and the person paid as the payee.
    if (payeeNames != null && !nameMatches(payeeNames, p.getPayeeName())) {
      return false;
    }
    if (currency != null && !currency.equals(p.getCurrency())) {
      return false;
    }
    if ((atLeast != null && amount.compareTo(atLeast) < 0) || (below != null && amount.compareTo(below) >= 0)
        || (atMost != null && amount.compareTo(atMost) > 0)) {
      return false;
    }
    if (counterpartyTypes != null
        && !counterpartyTypes.contains(role == Role.PAYEE ? p.getPayerType() : p.getPayeeType())) {
      return false;
    }
    String cpCountry = role == Role.PAYEE ? p.getPayerCountry() : p.getPayeeCountry();
    if (counterpartyCountries != null && !counterpartyCountries.contains(cpCountry)) {
      return false;
    }
    if (abroad != null && abroad != abroad(cpCountry, kyc)) {
      return false;
    }
    if (counterpartyIsAccount != null
        && counterpartyIsAccount != ((role == Role.PAYEE ? p.getPayerAccountId() : p.getPayeeAccountId()) != null)) {
      return false;
    }
    if (merchantNamed != null && merchantNamed != (p.getMerchantName() != null)) {
      return false;
    }
    if (memo != null && (p.getMemo() == null || !memo.matcher(p.getMemo()).find())) {
      return false;
    }
    if (memoExcluded != null && p.getMemo() != null && memoExcluded.matcher(p.getMemo()).find()) {
      return false;
    }
    if (walletLabels != null && (p.getWalletRiskLabel() == null || !walletLabels.contains(p.getWalletRiskLabel()))) {
      return false;
    }
    if (night != null && night != Window.isNight(p)) {
      return false;
    }
    if (awayFromHome != null && awayFromHome != awayFromHome(p.getCity(), kyc)) {
      return false;
    }
    if (movesAway != null && movesAway != movesAway(p, cpCountry, kyc)) {
      return false;
    }
    if (namedAsHolder != null && namedAsHolder != namedAsHolder(role == Role.PAYEE ? p.getPayerName() : p.getPayeeName(), kyc)) {
      return false;
    }
    return tellerObserved == null || tellerObserved != p.getTellerObservations().isEmpty();
  }

  /** Whether the payment names a city that the holder's address does not: away from home, as far as KYC tells. */
  private static boolean awayFromHome(String city, Account kyc) {
    return city != null && kyc != null && kyc.getAddress() != null && !city.isBlank() && !kyc.getAddress().isBlank()
        && !containsIgnoringCase(kyc.getAddress(), city.trim());
  }

  /**
   * Whether money leaves where the holder lives: cash taken out in a city the address does not name, or
   * anything else paid to a counterparty in another country than the holder's.
   */
  private static boolean movesAway(Payment p, String cpCountry, Account kyc) {
    if (p.getChannel() == Channel.CASH_WITHDRAWAL) {
      return awayFromHome(p.getCity(), kyc);
    }
    return abroad(cpCountry, kyc);
  }

  /** Whether the counterparty's country is known and is not the holder's KYC country. */
  private static boolean abroad(String cpCountry, Account kyc) {
    return cpCountry != null && kyc != null && kyc.getCountry() != null && !cpCountry.equals(kyc.getCountry());
  }

  /** Whether a counterparty's name contains the holder's: money between one's own accounts ("OWN ACCOUNT - A SMITH"). */
  private static boolean namedAsHolder(String counterparty, Account kyc) {
    return counterparty != null && kyc != null && kyc.getHolderName() != null && !kyc.getHolderName().isBlank()
        && containsIgnoringCase(counterparty, kyc.getHolderName().trim());
  }

  /** {@code text} contains {@code part}, case aside, without copying either (tested per payment side). */
  private static boolean containsIgnoringCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameMatches(List<String> parts, String name) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    for (String m : parts) {
      if (n.contains(m)) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case name parts of a comma list, or null when the key is absent. */
  private static List<String> nameParts(String text) {
    return text == null ? null : List.copyOf(set(text, true));
  }

  private static Set<String> set(String text, boolean lowerCase) {
    if (text == null) {
      return null;
    }
    Set<String> out = new HashSet<>();
    for (String s : text.split(",")) {
      String v = s.trim();
      if (!v.isEmpty()) {
        out.add(lowerCase ? v.toLowerCase(Locale.ROOT) : v);
      }
    }
    // Not Set.copyOf: its contains(null) throws, and optional fields are often null.
    return Collections.unmodifiableSet(out);
  }

  private static <E extends Enum<E>> Set<E> enums(Class<E> type, String text) {
    if (text == null) {
      return null;
    }
    Set<E> out = EnumSet.noneOf(type);
    for (String s : set(text, false)) {
      try {
        out.add(Enum.valueOf(type, s));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + s + "', expected one of "
            + Arrays.toString(type.getEnumConstants()));
      }
    }
    return out;
  }

  private static BigDecimal decimal(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + text + "'");
    }
  }

  private static Boolean bool(String text) {
    if (text == null) {
      return null;
    }
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException("expected true or false, not '" + text + "'");
    }
    return Boolean.valueOf(text);
  }
}

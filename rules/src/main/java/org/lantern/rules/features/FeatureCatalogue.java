package org.lantern.rules.features;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lantern.rules.facts.Params;
import org.lantern.schema.internal.Role;

/**
 * The features the account monitor keeps for every account, as declared in the rulebook's
 * windows.properties: windows ({@code window.<name>.<key>=value}, facts {@code Window}) and spend
 * mixes ({@code mix.<name>.<key>=value}, facts {@code SpendMix}), where a value may quote a
 * parameter as {@code ${name}}. A definition that does not parse is a rulebook error naming the key.
 */
public final class FeatureCatalogue {
  public static final String PREFIX = "window.";
  public static final String MIX_PREFIX = "mix.";
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
  private static final Pattern LENGTH = Pattern.compile("(\\d+)([dh])");
  private static final Pattern WEEKS = Pattern.compile("(\\d+)w");
  private static final Set<String> OWN_KEYS = Set.of("side", "length", "capacity", "perCustomer", "description");
  private static final Set<String> MIX_KEYS = Set.of("side", "recent", "history", "categories", "description");

  private final List<FeatureDefinition> windows;
  private final List<MixDefinition> mixes;

  public FeatureCatalogue(Params p) {
    int defaultCapacity = p.has("window.capacity") ? p.integer("window.capacity") : 64;
    List<FeatureDefinition> defs = new ArrayList<>();
    declared(p, PREFIX).forEach((name, keys) -> defs.add(define(name, keys, p, defaultCapacity)));
    this.windows = List.copyOf(defs);
    List<MixDefinition> mixDefs = new ArrayList<>();
    declared(p, MIX_PREFIX).forEach((name, keys) -> mixDefs.add(defineMix(name, keys, p)));
    this.mixes = List.copyOf(mixDefs);
  }

  /** {@code <prefix><name>.<key>} grouped by name; window.capacity (no second dot) is a shared default, not a window. */
  private static Map<String, Map<String, String>> declared(Params p, String prefix) {
    Map<String, Map<String, String>> declared = new LinkedHashMap<>();
    for (String key : p.names()) {
      if (key.startsWith(prefix) && key.indexOf('.', prefix.length()) > 0) {
        String rest = key.substring(prefix.length());
        int dot = rest.indexOf('.');
        declared.computeIfAbsent(rest.substring(0, dot), n -> new LinkedHashMap<>()).put(rest.substring(dot + 1), p.text(key));
      }
    }
    return declared;
  }

  /** Every key must be one of {@code own} or a window condition. */
  private static void rejectUnknown(String prefix, String name, Map<String, String> keys, Set<String> own, String what) {
    Set<String> unknown = new TreeSet<>(keys.keySet());
    unknown.removeAll(own);
    unknown.removeAll(WindowFilter.KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(prefix + name + "." + unknown.iterator().next()
          + ": unknown key; " + what + " takes " + new TreeSet<>(own) + " and " + WindowFilter.KEYS);
    }
  }

  private static MixDefinition defineMix(String name, Map<String, String> keys, Params p) {
    rejectUnknown(MIX_PREFIX, name, keys, MIX_KEYS, "a spend mix");
    String current = "side";
    try {
      Role role = Role.valueOf(required(keys, "side"));
      current = "recent";
      int recent = weeks(required(keys, "recent"));
      current = "history";
      int history = weeks(required(keys, "history"));
      current = "filter";
      WindowFilter filter = new WindowFilter(k -> resolve(keys.get(k), p));
      current = "categories";
      return new MixDefinition(name, role, recent, history, categories(resolve(required(keys, "categories"), p)),
          filter, keys.getOrDefault("description", name));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(MIX_PREFIX + name + " (" + current + "): " + e.getMessage(), e);
    }
  }

  /** "lodging:7011, clothing:5621/5631/5699". */
  private static List<MixDefinition.Category> categories(String text) {
    List<MixDefinition.Category> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] nameAndCodes = part.trim().split(":");
      if (nameAndCodes.length != 2 || nameAndCodes[0].isBlank() || nameAndCodes[1].isBlank()) {
        throw new IllegalArgumentException("a category is name:mcc/mcc/..., not '" + part.trim() + "'");
      }
      out.add(new MixDefinition.Category(nameAndCodes[0].trim(),
          List.of(nameAndCodes[1].trim().split("\\s*/\\s*"))));
    }
    return out;
  }

  /** "4w". */
  private static int weeks(String text) {
    Matcher m = WEEKS.matcher(text.trim());
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      throw new IllegalArgumentException("must be a number of weeks, like 4w, not '" + text + "'");
    }
    return Integer.parseInt(m.group(1));
  }

  private static FeatureDefinition define(String name, Map<String, String> keys, Params p, int defaultCapacity) {
    rejectUnknown(PREFIX, name, keys, OWN_KEYS, "a window");
    String current = "side";
    try {
      Role role = Role.valueOf(required(keys, "side"));
      current = "length";
      Duration length = length(required(keys, "length"));
      current = "capacity";
      int capacity = keys.containsKey("capacity") ? Integer.parseInt(keys.get("capacity")) : defaultCapacity;
      current = "filter";
      WindowFilter filter = new WindowFilter(k -> resolve(keys.get(k), p));
      current = "perCustomer";
      boolean perCustomer = bool(keys.getOrDefault("perCustomer", "false"));
      return new FeatureDefinition(name, length, role, capacity, perCustomer, filter, keys.getOrDefault("description", name));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(PREFIX + name + " (" + current + "): " + e.getMessage(), e);
    }
  }

  private static boolean bool(String v) {
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("'" + v + "' is not true or false");
    }
    return Boolean.parseBoolean(v);
  }

  private static String required(Map<String, String> keys, String key) {
    String v = keys.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return v;
  }

  /** "7d", "48h". */
  private static Duration length(String text) {
    Matcher m = LENGTH.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("length must be days or hours, like 30d or 48h, not '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    return m.group(2).equals("d") ? Duration.ofDays(n) : Duration.ofHours(n);
  }

  /** Replaces each ${name} by that parameter's value. */
  private static String resolve(String value, Params p) {
    if (value == null) {
      return null;
    }
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(p.text(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  public List<FeatureDefinition> windows() {
    return windows;
  }

  /** The longest window whose payments are also pooled over the customer's accounts (zero: none is). */
  public Duration longestPerCustomer() {
    return windows.stream().filter(FeatureDefinition::perCustomer).map(FeatureDefinition::length)
        .max(Duration::compareTo).orElse(Duration.ZERO);
  }

  public List<MixDefinition> mixes() {
    return mixes;
  }
}

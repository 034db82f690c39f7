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
 * The feature windows the account monitor keeps for every account, as declared in the rulebook's
 * windows.properties: {@code window.<name>.<key>=value}, where a value may quote a parameter as
 * {@code ${name}}. Rules see them as {@code Window(name == ...)} facts. A definition that does not
 * parse is a rulebook error naming the key.
 */
public final class FeatureCatalogue {
  public static final String PREFIX = "window.";
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
  private static final Pattern LENGTH = Pattern.compile("(\\d+)([dh])");
  private static final Set<String> OWN_KEYS = Set.of("side", "length", "capacity", "description");

  private final List<FeatureDefinition> windows;

  public FeatureCatalogue(Params p) {
    Map<String, Map<String, String>> declared = new LinkedHashMap<>();
    for (String key : p.names()) {
      // window.<name>.<key>; window.capacity (no second dot) is the shared default, not a window.
      if (key.startsWith(PREFIX) && key.indexOf('.', PREFIX.length()) > 0) {
        String rest = key.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        declared.computeIfAbsent(rest.substring(0, dot), n -> new LinkedHashMap<>()).put(rest.substring(dot + 1), p.text(key));
      }
    }
    int defaultCapacity = p.has("window.capacity") ? p.integer("window.capacity") : 64;
    List<FeatureDefinition> defs = new ArrayList<>();
    declared.forEach((name, keys) -> defs.add(define(name, keys, p, defaultCapacity)));
    this.windows = List.copyOf(defs);
  }

  private static FeatureDefinition define(String name, Map<String, String> keys, Params p, int defaultCapacity) {
    Set<String> unknown = new TreeSet<>(keys.keySet());
    unknown.removeAll(OWN_KEYS);
    unknown.removeAll(WindowFilter.KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(PREFIX + name + "." + unknown.iterator().next()
          + ": unknown key; a window takes side, length, capacity, description and " + WindowFilter.KEYS);
    }
    String current = "side";
    try {
      Role role = Role.valueOf(required(keys, "side"));
      current = "length";
      Duration length = length(required(keys, "length"));
      current = "capacity";
      int capacity = keys.containsKey("capacity") ? Integer.parseInt(keys.get("capacity")) : defaultCapacity;
      current = "filter";
      WindowFilter filter = new WindowFilter(k -> resolve(keys.get(k), p));
      return new FeatureDefinition(name, length, role, capacity, filter, keys.getOrDefault("description", name));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(PREFIX + name + " (" + current + "): " + e.getMessage(), e);
    }
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
}

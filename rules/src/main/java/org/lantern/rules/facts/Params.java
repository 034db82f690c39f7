package org.lantern.rules.facts;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rulebook's named parameters (rulebook/parameters.properties), available in DRL as the global
 * {@code params}. A rule's own parameters are named {@code <ruleId>.<name>}; shared ones have no
 * prefix. Asking for a name that is not defined is a rulebook error, caught when it compiles.
 */
public final class Params implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> values;
  private transient Map<String, Object> parsed;

  public Params(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** Every parameter name, sorted. */
  public Set<String> names() {
    return values.keySet();
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A numeric parameter. */
  public double num(String name) {
    return (Double) parsed().computeIfAbsent(name, n -> Double.parseDouble(text(n)));
  }

  /** A whole-number parameter. */
  public int integer(String name) {
    return (int) num(name);
  }

  /** A comma-separated list parameter, as a set of trimmed strings. */
  @SuppressWarnings("unchecked")
  public Set<String> set(String name) {
    return (Set<String>)
        parsed()
            .computeIfAbsent(
                name,
                n ->
                    Arrays.stream(text(n).split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        // A HashSet view: contains(null) is false rather than an exception.
                        .collect(Collectors.collectingAndThen(Collectors.toCollection(HashSet::new), Collections::unmodifiableSet)));
  }

  /**
   * A list parameter's phrases as a regular expression for DRL's {@code matches}: a text matches
   * when it contains one of them as whole words, case aside, so a KYC business type of "Health Spa"
   * or "Thai massage parlour" is a "spa" or a "massage" one, and "Barber shop" is not a "bar".
   */
  public String phrases(String name) {
    return (String) parsed().computeIfAbsent(" phrases " + name, k -> phrasePattern(text(name)));
  }

  private static String phrasePattern(String list) {
    String alternatives = Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(ph -> Arrays.stream(ph.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
        .collect(Collectors.joining("|"));
    return "(?iu).*\\b(?:" + alternatives + ")\\b.*";
  }

  public String text(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("rulebook parameter not defined: " + name);
    }
    return v;
  }

  /** The parameters whose names start with {@code prefix + "."}, e.g. all of one rule's. */
  public Map<String, String> withPrefix(String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    String p = prefix + ".";
    values.forEach(
        (k, v) -> {
          if (k.startsWith(p)) {
            out.put(k, v);
          }
        });
    return out;
  }

  private Map<String, Object> parsed() {
    if (parsed == null) {
      parsed = new ConcurrentHashMap<>();
    }
    return parsed;
  }
}

package org.lantern.rules;

import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/** Reads and checks the metadata annotations a rule must carry (see {@link RuleInfo}). */
final class RuleMetadata {
  static final List<String> REQUIRED =
      List.of("id", "version", "family", "strength", "weight", "source", "summary", "explain");
  /**
   * The money-flow links a VICTIM rule may report: money handed on, the holder's income handed on, or
   * wages drawn out in cash (reported against their payer).
   */
  static final List<String> LINKS = List.of("FORWARDS_TO", "INCOME_TO", "WAGES_CASHED");

  private RuleMetadata() {}

  /** The rule's metadata, or null after adding a problem for each missing or invalid key. */
  static RuleInfo read(Rule rule, String file, List<RuleProblem> problems, int line) {
    Map<String, Object> meta = rule.getMetaData();
    int before = problems.size();
    for (String key : REQUIRED) {
      if (text(meta, key).isEmpty()) {
        problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\" lacks @" + key + "(...)"));
      }
    }
    Family family = parse(Family.class, text(meta, "family"), rule, file, line, problems);
    Strength strength = parse(Strength.class, text(meta, "strength"), rule, file, line, problems);
    PartyRole role = parse(PartyRole.class, text(meta, "partyRole"), rule, file, line, problems);
    String given = text(meta, "link");
    String link = given.isEmpty() ? LINKS.get(0) : given;
    if (!LINKS.contains(link) || (!given.isEmpty() && role != PartyRole.VICTIM)) {
      problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\": @link(" + link
          + ") needs @partyRole(\"VICTIM\") and one of " + LINKS));
    }
    double weight = 0;
    try {
      weight = Double.parseDouble(text(meta, "weight"));
    } catch (NumberFormatException e) {
      problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\": @weight must be a number"));
    }
    if (problems.size() > before) {
      return null;
    }
    return new RuleInfo(rule.getName(), text(meta, "id"), text(meta, "version"), family, strength, weight,
        text(meta, "source"), text(meta, "summary"), text(meta, "explain"), file, role, link);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, Rule rule, String file, int line, List<RuleProblem> problems) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      problems.add(new RuleProblem(file, line, 0, "rule \"" + rule.getName() + "\": unknown "
          + type.getSimpleName().toLowerCase() + " " + value + ", expected one of "
          + List.of(type.getEnumConstants())));
      return null;
    }
  }

  /** Metadata values come back with their quotes on some paths; strip them. */
  private static String text(Map<String, Object> meta, String key) {
    Object v = meta.get(key);
    if (v == null) {
      return "";
    }
    String s = v.toString().strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }
}

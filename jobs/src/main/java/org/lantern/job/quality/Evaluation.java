package org.lantern.job.quality;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a set of flagged accounts (case subjects with the rules behind their cases, or a
 * baseline's) compares with the labels: per planted typology the share of schemes caught (a
 * scheme counts as caught when any of its accounts is flagged), account-level precision (flagged
 * accounts that belong to a planted scheme), and the false positives by look-alike kind and by
 * rule (an innocent subject counts once for every rule in its case).
 */
public record Evaluation(Map<String, int[]> schemesByTypology, int flagged, int flaggedInSchemes,
    Map<String, Integer> falsePositivesByKind, Map<String, Integer> falsePositivesByRule) {
  /** The kind given to a flagged account that no label names: an ordinary customer. */
  public static final String ORDINARY = "ordinary_customer";

  public static Evaluation of(Map<String, Labels.Label> labels, Map<String, Set<String>> flaggedWithRules) {
    Map<String, Set<String>> planted = new TreeMap<>();
    Map<String, Set<String>> caught = new TreeMap<>();
    for (Labels.Label l : labels.values()) {
      if (!l.innocent()) {
        planted.computeIfAbsent(l.typology(), k -> new TreeSet<>()).add(l.schemeId());
        if (flaggedWithRules.containsKey(l.accountId())) {
          caught.computeIfAbsent(l.typology(), k -> new TreeSet<>()).add(l.schemeId());
        }
      }
    }
    Map<String, int[]> schemes = new TreeMap<>();
    planted.forEach((t, s) -> schemes.put(t, new int[] {caught.getOrDefault(t, Set.of()).size(), s.size()}));
    int inSchemes = 0;
    Map<String, Integer> byKind = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    for (Map.Entry<String, Set<String>> f : flaggedWithRules.entrySet()) {
      Labels.Label l = labels.get(f.getKey());
      if (l != null && !l.innocent()) {
        inSchemes++;
      } else {
        byKind.merge(l == null ? ORDINARY : l.typology(), 1, Integer::sum);
        f.getValue().forEach(rule -> byRule.merge(rule, 1, Integer::sum));
      }
    }
    return new Evaluation(schemes, flaggedWithRules.size(), inSchemes, byKind, byRule);
  }

  public double recall(String typology) {
    int[] s = schemesByTypology.get(typology);
    return s == null || s[1] == 0 ? 0 : (double) s[0] / s[1];
  }

  /** Schemes caught over schemes planted, all typologies together. */
  public double overallRecall() {
    int caught = schemesByTypology.values().stream().mapToInt(s -> s[0]).sum();
    int planted = schemesByTypology.values().stream().mapToInt(s -> s[1]).sum();
    return planted == 0 ? 0 : (double) caught / planted;
  }

  public double precision() {
    return flagged == 0 ? 0 : (double) flaggedInSchemes / flagged;
  }

  public void print(PrintStream out, String name) {
    out.printf("%s: %d accounts flagged, precision %.2f (%d in planted schemes); schemes caught %.2f%n", name, flagged,
        precision(), flaggedInSchemes, overallRecall());
    schemesByTypology.forEach((t, s) -> out.printf("  %-22s recall %.2f (%d of %d schemes)%n", t, recall(t), s[0], s[1]));
    if (!falsePositivesByKind.isEmpty()) {
      out.printf("  false positives by kind: %s%n", falsePositivesByKind);
      out.printf("  false positives by rule: %s%n", falsePositivesByRule);
    }
  }
}

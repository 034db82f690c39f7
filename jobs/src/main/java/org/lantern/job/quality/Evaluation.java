package org.lantern.job.quality;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a set of flagged accounts (case subjects, or a baseline's) compares with the labels: per
 * planted typology the share of schemes caught (a scheme counts as caught when any of its accounts
 * is flagged), and account-level precision (flagged accounts that belong to a planted scheme).
 */
public record Evaluation(Map<String, int[]> schemesByTypology, int flagged, int flaggedInSchemes,
    Map<String, Integer> flaggedLookalikes) {

  public static Evaluation of(Map<String, Labels.Label> labels, Set<String> flagged) {
    Map<String, Set<String>> planted = new TreeMap<>();
    Map<String, Set<String>> caught = new TreeMap<>();
    for (Labels.Label l : labels.values()) {
      if (!l.innocent()) {
        planted.computeIfAbsent(l.typology(), k -> new TreeSet<>()).add(l.schemeId());
        if (flagged.contains(l.accountId())) {
          caught.computeIfAbsent(l.typology(), k -> new TreeSet<>()).add(l.schemeId());
        }
      }
    }
    Map<String, int[]> schemes = new TreeMap<>();
    planted.forEach((t, s) -> schemes.put(t, new int[] {caught.getOrDefault(t, Set.of()).size(), s.size()}));
    int inSchemes = 0;
    Map<String, Integer> lookalikes = new TreeMap<>();
    for (String a : flagged) {
      Labels.Label l = labels.get(a);
      if (l != null && !l.innocent()) {
        inSchemes++;
      } else if (l != null) {
        lookalikes.merge(l.typology(), 1, Integer::sum);
      }
    }
    return new Evaluation(schemes, flagged.size(), inSchemes, lookalikes);
  }

  public double recall(String typology) {
    int[] s = schemesByTypology.get(typology);
    return s == null || s[1] == 0 ? 0 : (double) s[0] / s[1];
  }

  public double precision() {
    return flagged == 0 ? 0 : (double) flaggedInSchemes / flagged;
  }

  public void print(PrintStream out, String name) {
    out.printf("%s: %d accounts flagged, precision %.2f (%d in planted schemes)%n", name, flagged, precision(), flaggedInSchemes);
    schemesByTypology.forEach((t, s) -> out.printf("  %-22s recall %.2f (%d of %d schemes)%n", t, recall(t), s[0], s[1]));
    if (!flaggedLookalikes.isEmpty()) {
      out.printf("  flagged look-alikes: %s%n", flaggedLookalikes);
    }
  }
}

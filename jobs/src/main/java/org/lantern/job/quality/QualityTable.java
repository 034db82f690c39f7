package org.lantern.job.quality;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Several evaluations side by side (one per seed): per typology the recall of each, their mean
 * and spread (max - min), the same for precision, and the false positives summed over all of
 * them by look-alike kind and by rule.
 */
public final class QualityTable {
  /** One evaluated data set. */
  public record Run(String name, Evaluation evaluation) {}

  private QualityTable() {}

  public static void print(PrintStream out, String title, List<Run> runs) {
    out.printf("%n%s%n", title);
    StringBuilder head = new StringBuilder(String.format("  %-22s", "typology"));
    runs.forEach(r -> head.append(String.format(" %10s", r.name())));
    out.println(head.append("       mean  spread"));
    TreeSet<String> typologies = new TreeSet<>();
    runs.forEach(r -> typologies.addAll(r.evaluation().schemesByTypology().keySet()));
    for (String t : typologies) {
      row(out, t, runs, e -> e.recall(t), e -> {
        int[] s = e.schemesByTypology().get(t);
        return s == null ? "-" : s[0] + "/" + s[1];
      });
    }
    row(out, "all schemes", runs, Evaluation::overallRecall, e -> String.format("%.2f", e.overallRecall()));
    row(out, "account precision", runs, Evaluation::precision, e -> e.flaggedInSchemes() + "/" + e.flagged());
    Map<String, Integer> kinds = new TreeMap<>();
    Map<String, Integer> rules = new TreeMap<>();
    for (Run r : runs) {
      r.evaluation().falsePositivesByKind().forEach((k, n) -> kinds.merge(k, n, Integer::sum));
      r.evaluation().falsePositivesByRule().forEach((k, n) -> rules.merge(k, n, Integer::sum));
    }
    out.printf("  false positives by kind (all runs): %s%n", kinds.isEmpty() ? "none" : kinds);
    out.printf("  false positives by rule (all runs): %s%n", rules.isEmpty() ? "none" : rules);
  }

  private static void row(PrintStream out, String label, List<Run> runs, ToDoubleFunction<Evaluation> value,
      Function<Evaluation, String> cell) {
    StringBuilder b = new StringBuilder(String.format("  %-22s", label));
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    double sum = 0;
    for (Run r : runs) {
      double v = value.applyAsDouble(r.evaluation());
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
      b.append(String.format(" %10s", cell.apply(r.evaluation())));
    }
    out.println(b.append(String.format("  %9.2f  %6.2f", sum / runs.size(), max - min)));
  }
}

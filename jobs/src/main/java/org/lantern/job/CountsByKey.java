package org.lantern.job;

import java.util.TreeMap;
import org.apache.flink.api.common.accumulators.Accumulator;

/** An accumulator counting occurrences per key (e.g. hits per rule id) across all subtasks. */
public final class CountsByKey implements Accumulator<String, TreeMap<String, Long>> {
  private static final long serialVersionUID = 1L;
  private TreeMap<String, Long> counts = new TreeMap<>();

  @Override
  public void add(String key) {
    counts.merge(key, 1L, Long::sum);
  }

  @Override
  public TreeMap<String, Long> getLocalValue() {
    return counts;
  }

  @Override
  public void resetLocal() {
    counts = new TreeMap<>();
  }

  @Override
  public void merge(Accumulator<String, TreeMap<String, Long>> other) {
    other.getLocalValue().forEach((k, v) -> counts.merge(k, v, Long::sum));
  }

  @Override
  public CountsByKey clone() {
    CountsByKey c = new CountsByKey();
    c.counts = new TreeMap<>(counts);
    return c;
  }
}

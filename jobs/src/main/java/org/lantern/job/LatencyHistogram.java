package org.lantern.job;

import org.HdrHistogram.Histogram;
import org.apache.flink.api.common.accumulators.Accumulator;

/** An accumulator of latencies in microseconds (1 µs to 1 h, 3 significant digits), merged over subtasks. */
public final class LatencyHistogram implements Accumulator<Long, Histogram> {
  private static final long serialVersionUID = 1L;
  private Histogram histogram = newHistogram();

  private static Histogram newHistogram() {
    return new Histogram(1, 3_600_000_000L, 3);
  }

  /** Adds one latency, in microseconds; values outside the range are clamped. */
  @Override
  public void add(Long micros) {
    histogram.recordValue(Math.max(1, Math.min(micros, histogram.getHighestTrackableValue())));
  }

  @Override
  public Histogram getLocalValue() {
    return histogram;
  }

  @Override
  public void resetLocal() {
    histogram = newHistogram();
  }

  @Override
  public void merge(Accumulator<Long, Histogram> other) {
    histogram.add(other.getLocalValue());
  }

  @Override
  public LatencyHistogram clone() {
    LatencyHistogram c = new LatencyHistogram();
    c.histogram = histogram.copy();
    return c;
  }
}

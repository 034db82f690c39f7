package org.lantern.job.cli;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import org.lantern.job.bench.Benchmark;
import org.lantern.job.source.JsonLinesFormat;
import org.lantern.rules.Rulebook;
import org.lantern.sampledata.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantern bench}: sustained throughput, then latency at a fixed rate; medians over several runs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark the full pipeline (RocksDB state, whole rulebook) on generated payments; "
        + "prints throughput and latency percentiles from payment in to case update out.")
public final class BenchCommand implements Callable<Integer> {
  private static final int DAYS = 60;
  /** Payments a generated customer makes per day, on average (measured on the generator). */
  private static final double PAYMENTS_PER_CUSTOMER_DAY = 1.45;

  @Option(names = "--payments", defaultValue = "1000000", description = "Payments for the throughput runs (default: ${DEFAULT-VALUE}).")
  long payments;

  @Option(names = "--runs", defaultValue = "3", description = "Throughput runs; the median is reported (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--rate", defaultValue = "20000", description = "Payments per second in the latency run (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--latency-seconds", defaultValue = "15", description = "Length of the latency run (default: ${DEFAULT-VALUE}).")
  int latencySeconds;

  @Option(names = "--parallelism", defaultValue = "2")
  int parallelism;

  @Option(names = "--data", paramLabel = "DIR", description = "Where generated data sets are cached (default: out/bench-data).")
  Path data;

  @Mixin RulebookOption rules;

  @Override
  public Integer call() throws Exception {
    Rulebook rulebook = rules.loadChecked();
    if (rulebook == null) {
      return Lantern.USAGE;
    }
    Path dataSet = dataSet();
    Path out = Files.createTempDirectory("lantern-bench");
    System.out.printf("data: %s; parallelism %d; RocksDB state; rulebook %s; JVM max heap %d MiB%n",
        dataSet, parallelism, rulebook.version(), Runtime.getRuntime().maxMemory() >> 20);
    // The first run in a JVM spends much of its time in the JIT compiler (Drools generates and
    // compiles rule classes, Avro its readers); it is reported but not counted.
    Benchmark.Result warm = Benchmark.run(dataSet.resolve("payments.jsonl"), dataSet.resolve("accounts.jsonl"), out,
        rulebook, parallelism, new JsonLinesFormat.Pacing(payments, 0));
    System.out.printf("warm-up run: %,d payments in %.2f s = %,.0f payments/s (not counted)%n", warm.payments(), warm.seconds(), warm.throughput());
    List<Double> throughputs = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      Benchmark.Result r = Benchmark.run(dataSet.resolve("payments.jsonl"), dataSet.resolve("accounts.jsonl"), out,
          rulebook, parallelism, new JsonLinesFormat.Pacing(payments, 0));
      throughputs.add(r.throughput());
      System.out.printf("throughput run %d: %,d payments in %.2f s = %,.0f payments/s%n", i, r.payments(), r.seconds(), r.throughput());
    }
    long latencyPayments = (long) (rate * latencySeconds);
    Benchmark.Result lat = Benchmark.run(dataSet.resolve("payments.jsonl"), dataSet.resolve("accounts.jsonl"), out,
        rulebook, parallelism, new JsonLinesFormat.Pacing(latencyPayments, rate));
    Histogram cases = lat.caseLatency();
    Histogram eval = lat.evaluationLatency();
    System.out.printf("latency run: %,d payments at %,.0f/s; %,d case updates; evaluation p50 %.2f ms p99 %.2f ms%n",
        lat.payments(), rate, cases.getTotalCount(), ms(eval, 50), ms(eval, 99));
    throughputs.sort(Double::compare);
    double median = throughputs.get(throughputs.size() / 2);
    System.out.printf("throughput=%.0f payments/s p50=%.2f p99=%.2f p999=%.2f max=%.2f (ms, payment in to case update out at %.0f/s) "
            + "runs=%d parallelism=%d heapPeak=%dMiB%n",
        median, ms(cases, 50), ms(cases, 99), ms(cases, 99.9), cases.getMaxValue() / 1000.0, rate, runs, parallelism,
        Benchmark.peakHeapMiB());
    return 0;
  }

  private static double ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
  }

  /** A data set large enough for the runs, generated once and cached. */
  private Path dataSet() throws Exception {
    long needed = Math.max(payments, (long) (rate * latencySeconds));
    int customers = (int) Math.ceil(needed / (DAYS * PAYMENTS_PER_CUSTOMER_DAY) * 1.1);
    Path dir = (data != null ? data : Lantern.home().resolve("out").resolve("bench-data"))
        .resolve("seed7-c" + customers + "-d" + DAYS);
    if (!Files.exists(dir.resolve("payments.jsonl")) || lines(dir.resolve("payments.jsonl")) < needed) {
      System.out.printf("generating %,d customers x %d days into %s ...%n", customers, DAYS, dir);
      Generator.generate(new Generator.Options(7, customers, DAYS, LocalDate.of(2026, 1, 1), 0, 0.003), dir);
    }
    return dir;
  }

  private static long lines(Path p) throws Exception {
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return r.lines().count();
    }
  }
}

package org.lantern.sampledata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of a bank's customers and payments in the interchange format, with planted
 * trafficking schemes, innocent look-alikes that resemble them, and a labels file saying which
 * accounts are which. The same options always give byte-identical files.
 *
 * <p>Output is realistic in the ways the engine cares about: local clock times per city, payments
 * slightly out of order, occasional duplicate deliveries, and optionally some malformed lines.
 */
public final class Generator {
  /**
   * @param errors malformed lines to scatter through payments.jsonl (one of each kind in turn)
   * @param duplicateRate share of payments delivered twice
   */
  public record Options(long seed, int customers, int days, LocalDate start, int errors, double duplicateRate) {
    public static Options of(long seed, int customers, int days) {
      return new Options(seed, customers, days, LocalDate.of(2026, 3, 1), 0, 0.003);
    }
  }

  /** What was written. */
  public record Summary(int accounts, int payments, int labelled, int schemes) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  final Options options;
  final SplittableRandom rnd;
  final Population population;
  final List<Txn> txns = new ArrayList<>();
  private long txSeq;

  private Generator(Options options) {
    this.options = options;
    this.rnd = new SplittableRandom(options.seed());
    this.population = new Population(this);
  }

  public static Summary generate(Options options, Path dir) throws IOException {
    Generator g = new Generator(options);
    g.population.build();
    new Lookalikes(g).plant();
    int schemes = new Schemes(g).plant();
    new Activity(g).everyday();
    return g.write(dir, schemes);
  }

  // --- helpers used by the parts --------------------------------------------------------------

  Txn txn(OffsetDateTime time, double amount, String channel) {
    Txn t = new Txn(String.format("TX%09d", ++txSeq), time, amount, channel);
    txns.add(t);
    return t;
  }

  /** Local time in {@code city} on day {@code day} (0-based) at {@code hour} (fractions allowed, may pass 24). */
  OffsetDateTime at(City city, int day, double hour) {
    // Whole seconds, with a random second so that times read like real ones.
    long seconds = (long) Math.floor(hour * 3600) / 60 * 60 + rnd.nextInt(60);
    return options.start().plusDays(day).atStartOfDay().plusSeconds(seconds).atOffset(city.offset());
  }

  double between(double lo, double hi) {
    return lo + rnd.nextDouble() * (hi - lo);
  }

  int between(int lo, int hiInclusive) {
    return lo + rnd.nextInt(hiInclusive - lo + 1);
  }

  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(rnd.nextInt(items.size()));
  }

  /** A positive amount spread around {@code typical} (log-normal, sigma 0.5). */
  double around(double typical) {
    return Math.max(1.0, typical * Math.exp(0.5 * rnd.nextGaussian() - 0.125));
  }

  // --- output ---------------------------------------------------------------------------------

  private Summary write(Path dir, int schemes) throws IOException {
    Files.createDirectories(dir);
    List<Party> parties = new ArrayList<>(population.all);
    parties.sort(Comparator.comparing(p -> p.accountId));
    int labelled = 0;
    try (BufferedWriter a = writer(dir.resolve("accounts.jsonl"));
        BufferedWriter l = writer(dir.resolve("labels.jsonl"))) {
      for (Party p : parties) {
        line(a, p.json());
        if (p.typology != null) {
          line(l, p.label());
          labelled++;
        }
      }
    }
    // Roughly time-ordered, a couple of minutes out of place at most, as the interchange allows.
    for (Txn t : txns) {
      t.orderKey = t.time.toEpochSecond() + rnd.nextInt(120);
    }
    txns.sort(Comparator.comparingLong((Txn t) -> t.orderKey).thenComparing(t -> t.id));
    List<String> lines = new ArrayList<>(txns.size() + options.errors() + 64);
    for (Txn t : txns) {
      String json = JSON.writeValueAsString(t.json());
      lines.add(json);
      if (chance(options.duplicateRate())) {
        lines.add(json);
      }
    }
    BadLines.scatter(this, lines, options.errors());
    try (BufferedWriter w = writer(dir.resolve("payments.jsonl"))) {
      for (String s : lines) {
        w.write(s);
        w.write('\n');
      }
    }
    return new Summary(parties.size(), txns.size(), labelled, schemes);
  }

  private static BufferedWriter writer(Path p) throws IOException {
    return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
  }

  private static void line(BufferedWriter w, ObjectNode o) throws IOException {
    w.write(JSON.writeValueAsString(o));
    w.write('\n');
  }
}

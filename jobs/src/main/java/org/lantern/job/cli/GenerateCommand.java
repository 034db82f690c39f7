package org.lantern.job.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.lantern.sampledata.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lantern generate}: a synthetic data set with planted schemes, look-alikes and labels. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write accounts.jsonl, payments.jsonl and labels.jsonl (interchange format) with planted typologies.")
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same options give identical files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--customers", defaultValue = "1000", description = "Customers, before planted schemes add theirs (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--days", defaultValue = "60", description = "Days of activity (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--start", defaultValue = "2026-03-01", description = "First day (default: ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(names = "--errors", defaultValue = "0", description = "Malformed payment lines to scatter in (default: ${DEFAULT-VALUE}).")
  int errors;

  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (customers < 20 || days < 7) {
      System.err.println("need at least 20 customers and 7 days to plant the schemes");
      return Lantern.USAGE;
    }
    Generator.Summary s = Generator.generate(new Generator.Options(seed, customers, days, start, errors, 0.003), out);
    System.out.printf("wrote %,d accounts, %,d payments (+ duplicates and %d malformed lines), %,d labelled accounts in %d schemes and look-alikes to %s%n",
        s.accounts(), s.payments(), errors, s.labelled(), s.schemes(), out.toAbsolutePath());
    return 0;
  }
}

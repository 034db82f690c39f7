package org.lantern.job.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lantern} command line: {@code demo}, {@code run}, {@code rules}, {@code stream}, {@code generate}, {@code evaluate}, {@code bench}. */
@Command(
    name = "lantern",
    mixinStandardHelpOptions = true,
    version = "lantern 0.1.0",
    description = "Transaction monitoring for human-trafficking finance on Flink, Drools, Avro and Kafka.",
    subcommands = {DemoCommand.class, RunCommand.class, RulesCommand.class, StreamCommand.class, GenerateCommand.class, EvaluateCommand.class, BenchCommand.class})
public final class Lantern implements Runnable {
  /** Exit code for bad input the user can fix (missing file, rulebook that does not compile). */
  static final int USAGE = 2;

  public static void main(String[] args) {
    // Avro 1.12 only instantiates generated classes from trusted packages.
    System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
        System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.lantern.schema,org.lantern.schema.internal"));
    // Use the encoders generated for our records (off by default in Avro), not the generic writer.
    System.setProperty("org.apache.avro.specific.use_custom_coders",
        System.getProperty("org.apache.avro.specific.use_custom_coders", "true"));
    System.exit(new CommandLine(new Lantern()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** True when every given file exists; otherwise says which does not. Null entries are optional inputs left out. */
  static boolean allExist(Path... files) {
    for (Path p : files) {
      if (p != null && !Files.isRegularFile(p)) {
        System.err.println("no such file: " + p);
        return false;
      }
    }
    return true;
  }

  /** The repository checkout: {@code -Dlantern.home} (bin/lantern sets it), else the nearest folder with sample-data/. */
  static Path home() {
    String home = System.getProperty("lantern.home");
    if (home != null) {
      return Path.of(home);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("sample-data"))) {
        return p;
      }
    }
    return Path.of("").toAbsolutePath();
  }
}

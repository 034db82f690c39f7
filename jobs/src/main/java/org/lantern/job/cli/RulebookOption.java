package org.lantern.job.cli;

import java.nio.file.Path;
import org.lantern.rules.CompiledRulebook;
import org.lantern.rules.Rulebook;
import org.lantern.rules.RulebookCompiler;
import org.lantern.rules.RulebookException;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, checked before any job starts so a broken rule is reported with file:line. */
final class RulebookOption {
  @Option(names = "--rules", paramLabel = "DIR", description = "Rulebook folder (default: rules/rulebook of this checkout).")
  Path dir;

  Path folder() {
    return dir != null ? dir : Rulebook.locate();
  }

  /** The rulebook, compiled once here to fail fast; null after printing the problems. */
  Rulebook loadChecked() {
    CompiledRulebook compiled = compileChecked();
    return compiled == null ? null : compiled.source();
  }

  /** The compiled rulebook, or null after printing every problem as file:line:column. */
  CompiledRulebook compileChecked() {
    Path folder = folder();
    try {
      return RulebookCompiler.compile(Rulebook.load(folder));
    } catch (IllegalArgumentException e) {
      // A missing folder or reference list: nothing to compile.
      System.err.println("rulebook " + folder + " rejected: " + e.getMessage());
      return null;
    } catch (RulebookException e) {
      System.err.println("rulebook " + folder + " rejected:");
      e.problems().forEach(p -> System.err.println("  " + folder.resolve(p.file()) + ":" + p.line() + ":" + p.column() + ": " + p.message()));
      return null;
    }
  }
}

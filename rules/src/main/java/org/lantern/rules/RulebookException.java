package org.lantern.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rulebook that does not compile or lacks required metadata; never half-loaded. */
public class RulebookException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<RuleProblem> problems;

  public RulebookException(List<RuleProblem> problems) {
    super(
        "rulebook rejected, "
            + problems.size()
            + " problem(s):\n"
            + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}

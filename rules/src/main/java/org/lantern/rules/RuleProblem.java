package org.lantern.rules;

/** A compile or lint problem in a rulebook file, located for the rule author. */
public record RuleProblem(String file, int line, int column, String message) {
  @Override
  public String toString() {
    return file + ":" + Math.max(line, 0) + ":" + Math.max(column, 0) + ": " + message;
  }
}

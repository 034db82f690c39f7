package org.lantern.job.scenarios;

import java.io.IOException;

/** A scenario file that cannot be read, with the file it is in. */
public final class ScenarioException extends IOException {
  private static final long serialVersionUID = 1L;

  public ScenarioException(String file, String message) {
    super(file + ": " + message);
  }
}

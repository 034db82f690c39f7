package org.lantern.job.decode;

/** An input record that cannot be used; the message is the reason written to the dead letter. */
public class InvalidRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidRecordException(String reason) {
    super(reason, null, false, false);
  }
}

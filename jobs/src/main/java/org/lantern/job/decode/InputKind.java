package org.lantern.job.decode;

/** Which interchange input a record belongs to. */
public enum InputKind {
  PAYMENTS,
  ACCOUNTS
}

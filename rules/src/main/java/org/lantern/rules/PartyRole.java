package org.lantern.rules;

/**
 * A rule's hypothesis about the account it fires on ({@code @partyRole}; Drools keeps
 * {@code @role} for itself and drops it from rule metadata). A VICTIM rule names who
 * benefits ({@code hits.victimOf}); its firing goes to that account's case, and the victim is
 * listed among the related accounts instead of becoming a subject.
 */
public enum PartyRole {
  CONTROLLER,
  VICTIM,
  BUYER,
  FRONT_BUSINESS
}

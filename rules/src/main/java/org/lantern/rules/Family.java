package org.lantern.rules;

/** The indicator families of the catalogue (indicators.md section 2); a rule's {@code @family}. */
public enum Family {
  STRUCTURING,
  NON_CASH_PAYMENTS,
  SHARED_IDENTIFIERS,
  FUNNEL_AND_RAPID_MOVEMENT,
  ONLINE_SEXUAL_EXPLOITATION,
  LABOUR_EXPLOITATION,
  GEOGRAPHY,
  PROFILE_MISMATCH
}

package org.lantern.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lantern.schema.Payment;

/**
 * One firing of one rule: which rule, what it saw, which thresholds were in force, and the
 * payments that support it.
 *
 * @param eventTime event time of what triggered the evaluation
 * @param beneficiary for a VICTIM rule, the account the victim's money goes to (the case subject); else null
 */
public record Hit(
    RuleInfo rule,
    String rulebookVersion,
    String explanation,
    Map<String, String> observed,
    Map<String, String> thresholds,
    List<Payment> evidence,
    Instant eventTime,
    String beneficiary) {}

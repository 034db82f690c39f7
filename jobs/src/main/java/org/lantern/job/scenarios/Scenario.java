package org.lantern.job.scenarios;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One rule-test scenario from a {@code *.test.yaml} file: a few accounts and payments, and what
 * one rule must do on one account: fire, or stay quiet (a near miss).
 *
 * @param file the scenario file, relative to the rulebook folder
 * @param ruleId the rule under test
 * @param mustFire true for a must-fire scenario, false for a near miss
 * @param on the account (as written in the scenario) the expectation is about
 * @param accounts KYC records as interchange JSON, ids as written
 * @param payments payments as interchange JSON, repeats expanded, ids as written
 */
public record Scenario(
    String file, String name, String ruleId, boolean mustFire, String on, List<ObjectNode> accounts,
    List<ObjectNode> payments) {}

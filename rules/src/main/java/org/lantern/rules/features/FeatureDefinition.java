package org.lantern.rules.features;

import java.time.Duration;
import java.util.function.Predicate;
import org.lantern.schema.Payment;
import org.lantern.schema.internal.Role;

/**
 * A named window over one account's payments: which side of a payment counts ({@code role}),
 * which payments qualify, how far back it reaches, and how many payments it keeps at most (the
 * newest win; counts saturate there, so thresholds must stay below it).
 */
public record FeatureDefinition(
    String name, Duration length, Role role, int capacity, Predicate<Payment> qualifies, String description) {}

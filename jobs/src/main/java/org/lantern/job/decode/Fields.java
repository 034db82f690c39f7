package org.lantern.job.decode;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading interchange fields from a JSON object, with the reasons a dead letter gives. */
final class Fields {
  /** More decimal places than this is not an amount of money. */
  static final int MAX_SCALE = 4;

  private Fields() {}

  static String required(JsonNode obj, String field) throws InvalidRecordException {
    return required(field, optional(obj, field));
  }

  static String required(String field, String value) throws InvalidRecordException {
    if (value == null || value.isBlank()) {
      throw new InvalidRecordException("missing " + field);
    }
    return value;
  }

  static String optional(JsonNode obj, String field) throws InvalidRecordException {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isValueNode()) {
      throw new InvalidRecordException(field + " must be a string, not " + n.getNodeType().toString().toLowerCase());
    }
    return n.asText();
  }

  static OffsetDateTime timestamp(String field, String value) throws InvalidRecordException {
    String text = required(field, value);
    try {
      return Timestamps.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(
          "unparseable " + field + " '" + text + "' (expected ISO-8601 with a UTC offset, e.g. 2026-03-01T22:14:05-05:00)");
    }
  }

  /** A decimal given as a JSON number or a string; null when absent. */
  static BigDecimal decimal(JsonNode obj, String field) throws InvalidRecordException {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return scaled(field, n.decimalValue());
    }
    if (n.isTextual()) {
      return decimal(field, n.asText());
    }
    throw new InvalidRecordException(field + " is not a number: " + n);
  }

  /** A decimal given as text. */
  static BigDecimal decimal(String field, String text) throws InvalidRecordException {
    try {
      return scaled(field, new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw new InvalidRecordException(field + " is not a number: '" + text + "'");
    }
  }

  /**
   * Checks an amount fits the schema (an unscaled long and a scale) and has at most {@link
   * #MAX_SCALE} decimal places; returns it with a non-negative scale.
   */
  static BigDecimal scaled(String field, BigDecimal v) throws InvalidRecordException {
    BigDecimal s = v.scale() < 0 ? v.setScale(0) : v;
    if (s.scale() > MAX_SCALE) {
      throw new InvalidRecordException(field + " has more than " + MAX_SCALE + " decimal places: " + v.toPlainString());
    }
    if (s.unscaledValue().bitLength() > 63) {
      throw new InvalidRecordException(field + " is too large: " + v.toPlainString());
    }
    return s;
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text) throws InvalidRecordException {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException("unknown " + field + " '" + text + "' (expected one of "
          + java.util.Arrays.toString(type.getEnumConstants()) + ")");
    }
  }
}

package org.lantern.job.decode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses interchange timestamps (ISO-8601 with a UTC offset). The common shapes
 * ({@code 2026-03-01T22:14:05-05:00}, with optional fraction, {@code Z}, or no seconds) are read
 * directly: java.time's general parser was a sixth of the decoding cost. Anything else goes to
 * {@link OffsetDateTime#parse}, which decides.
 */
final class Timestamps {
  private Timestamps() {}

  static OffsetDateTime parse(String s) {
    OffsetDateTime fast = fast(s);
    return fast != null ? fast : OffsetDateTime.parse(s);
  }

  private static OffsetDateTime fast(String s) {
    int n = s.length();
    if (n < 17 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int i = 16;
    int second = 0;
    int nanos = 0;
    if (i < n && s.charAt(i) == ':') {
      second = digits(s, i + 1, 2);
      i += 3;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && Character.isDigit(s.charAt(i))) {
          i++;
        }
        if (i == start || i - start > 9) {
          return null;
        }
        nanos = digits(s, start, i - start);
        for (int k = i - start; k < 9; k++) {
          nanos *= 10;
        }
      }
    }
    if ((year | month | day | hour | minute | second | nanos) < 0 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    ZoneOffset offset;
    if (i == n - 1 && s.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || om < 0 || oh > 18 || om > 59) {
        return null;
      }
      int total = oh * 3600 + om * 60;
      offset = ZoneOffset.ofTotalSeconds(s.charAt(i) == '-' ? -total : total);
    } else {
      return null;
    }
    try {
      long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second
          - offset.getTotalSeconds();
      return Instant.ofEpochSecond(epochSecond, nanos).atOffset(offset);
    } catch (DateTimeException e) {
      throw new DateTimeParseException("invalid date", s, 0, e);
    }
  }

  /** The number in s[from, from+len), or -1 if any character is not a digit. */
  private static int digits(String s, int from, int len) {
    if (from + len > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < from + len; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}

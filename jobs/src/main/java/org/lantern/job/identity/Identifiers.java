package org.lantern.job.identity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises identifiers so that the same phone, email, address or device written differently
 * links the accounts that carry it. Returns null for values too short or too vague to link on.
 */
public final class Identifiers {
  private static final Pattern NON_DIGIT = Pattern.compile("\\D");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Pattern NON_LETTER = Pattern.compile("[^a-z]");
  private static final Pattern NON_LETTER_RUN = Pattern.compile("[^\\p{L}]+");
  private static final int MIN_EMAIL_NAME = 6;
  /** Mailboxes named for a role, not a person: every business has one. */
  private static final Set<String> ROLE_MAILBOXES = Set.of("office", "contact", "admin", "sales",
      "support", "billing", "accounts", "hello", "bookings", "reservations", "enquiries", "inquiries", "manager", "frontdesk");
  private static final String[][] ADDRESS_WORDS = {
    {"street", "st"}, {"avenue", "ave"}, {"road", "rd"}, {"boulevard", "blvd"}, {"drive", "dr"},
    {"lane", "ln"}, {"apartment", "apt"}, {"suite", "ste"}, {"unit", "apt"}, {"north", "n"},
    {"south", "s"}, {"east", "e"}, {"west", "w"}, {"place", "pl"}, {"court", "ct"}
  };

  private Identifiers() {}

  /** Digits only, with a North American 10-digit number given its country code 1. */
  public static String phone(String raw) {
    if (raw == null) {
      return null;
    }
    String d = NON_DIGIT.matcher(raw).replaceAll("");
    if (d.startsWith("00")) {
      d = d.substring(2);
    }
    if (d.length() == 10) {
      d = "1" + d;
    }
    return d.length() >= 7 ? d : null;
  }

  public static String email(String raw) {
    if (raw == null) {
      return null;
    }
    String e = raw.trim().toLowerCase(Locale.ROOT);
    int at = e.indexOf('@');
    return at > 0 && at < e.length() - 1 ? e : null;
  }

  /**
   * The name an email's local part spells (its letters, digits and dots dropped: "franciscog" for
   * franciscog.123@mail.example), when it is not the holder's own: a controller opening accounts for
   * others writes variants of one address of his (FIN-2020-A008 §II: shared contact details), while
   * people's own addresses spell their names. Null for short names, role mailboxes (office@) and a
   * name that contains the first four letters of a word of the holder's name.
   */
  public static String emailName(String rawEmail, String holderName) {
    String e = email(rawEmail);
    if (e == null) {
      return null;
    }
    String name = NON_LETTER.matcher(e.substring(0, e.indexOf('@'))).replaceAll("");
    if (name.length() < MIN_EMAIL_NAME || ROLE_MAILBOXES.contains(name)) {
      return null;
    }
    if (holderName != null) {
      for (String word : NON_LETTER_RUN.split(holderName.toLowerCase(Locale.ROOT))) {
        if (word.length() >= 3 && name.contains(word.substring(0, Math.min(4, word.length())))) {
          return null;
        }
      }
    }
    return name;
  }

  /** Lower case, punctuation dropped, common street words abbreviated. */
  public static String address(String raw) {
    if (raw == null) {
      return null;
    }
    String[] words = NON_WORD.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ").trim().split(" ");
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      String word = w;
      for (String[] pair : ADDRESS_WORDS) {
        if (pair[0].equals(w)) {
          word = pair[1];
          break;
        }
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.length() >= 8 ? out.toString() : null;
  }

  /** Who brought the applicant: case and spacing do not matter; at least two characters. */
  public static String introducer(String raw) {
    if (raw == null) {
      return null;
    }
    String d = raw.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return d.length() >= 2 ? d : null;
  }

  public static String device(String raw) {
    if (raw == null) {
      return null;
    }
    String d = raw.trim().toLowerCase(Locale.ROOT);
    return d.length() >= 4 ? d : null;
  }
}

package org.lantern.job.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IdentifiersTest {
  @Test
  void phonesWrittenDifferentlyNormaliseAlike() {
    assertEquals("13175551349", Identifiers.phone("+1 (317) 555-1349"));
    assertEquals("13175551349", Identifiers.phone("317.555.1349"));
    assertEquals("13175551349", Identifiers.phone("0013175551349"));
    assertNull(Identifiers.phone("911"));
  }

  @Test
  void addressesIgnoreCasePunctuationAndStreetAbbreviations() {
    String a = Identifiers.address("12 Oak Street, Apt 12, Chicago");
    assertEquals(a, Identifiers.address("12 Oak St. Apt. 12 Chicago"));
    assertEquals(a, Identifiers.address("12 OAK STREET APARTMENT 12, CHICAGO"));
    assertNull(Identifiers.address("n/a"));
  }

  @Test
  void emailsAreCaseInsensitiveAndMustLookLikeEmails() {
    assertEquals("ana.lopez@mail.example", Identifiers.email(" Ana.Lopez@Mail.Example "));
    assertNull(Identifiers.email("not-an-email"));
  }

  @Test
  void anEmailSpellingSomeoneElsesNameGivesThatNameOnly() {
    assertEquals("franciscog", Identifiers.emailName("franciscog.123@mail.example", "Ana Lopez"));
    assertEquals("franciscog", Identifiers.emailName("FranciscoG77@other.example", "Rui Sato"), "domain and digits do not matter");
    assertNull(Identifiers.emailName("ana.lopez71@mail.example", "Ana Lopez"), "her own name");
    assertNull(Identifiers.emailName("alopez@mail.example", "Ana Lopez"), "her surname");
    assertNull(Identifiers.emailName("jo12@mail.example", "Rui Sato"), "too short to link on");
    assertNull(Identifiers.emailName("not-an-email", "Rui Sato"));
    assertNull(Identifiers.emailName("office@haddad-nails.example", "Mia Tran"), "a role mailbox");
  }

  @Test
  void introducersIgnoreCaseAndSpacing() {
    assertEquals("viktor hale", Identifiers.introducer("  Viktor   HALE "));
    assertNull(Identifiers.introducer(" x "));
    assertNull(Identifiers.introducer(null));
  }
}

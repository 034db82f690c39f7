package org.lantern.sampledata;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A generated bank customer with one account, written as a KYC record (interchange.md, input 2). */
final class Party {
  final String accountId;
  final String customerId;
  final String name;
  final boolean business;
  City city;
  String phone;
  String email;
  String address;
  String occupation;
  String businessType;
  Double declaredMonthlyIncome;
  LocalDate openedAt;
  /** Who brought or accompanied the applicant at opening (KYC introducedBy), when recorded. */
  String introducedBy;
  final List<String> devices = new ArrayList<>();
  final List<Party> friends = new ArrayList<>();
  /** Victims under control live little ordinary financial life of their own. */
  boolean quiet;
  /** A business with nobody on its payroll and no payroll tax: owner-run, or its workers paid off the books. */
  boolean offTheBooks;
  /** Set for planted and look-alike parties; normal customers have none. */
  String typology;
  String role;
  String schemeId;

  Party(String accountId, String customerId, String name, boolean business, City city) {
    this.accountId = accountId;
    this.customerId = customerId;
    this.name = name;
    this.business = business;
    this.city = city;
  }

  String device() {
    return devices.isEmpty() ? null : devices.get(0);
  }

  ObjectNode json() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    put(o, "accountId", accountId);
    put(o, "customerId", customerId);
    put(o, "holderName", name);
    put(o, "holderType", business ? "BUSINESS" : "INDIVIDUAL");
    put(o, "openedAt", openedAt == null ? null : openedAt.toString());
    put(o, "phone", phone);
    put(o, "email", email);
    put(o, "address", address);
    put(o, "country", "US");
    put(o, "occupation", occupation);
    put(o, "businessType", businessType);
    put(o, "introducedBy", introducedBy);
    if (declaredMonthlyIncome != null) {
      put(o, "declaredMonthlyIncome", String.format("%.2f", declaredMonthlyIncome));
    }
    return o;
  }

  ObjectNode label() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    put(o, "accountId", accountId);
    put(o, "typology", typology);
    put(o, "role", role);
    put(o, "schemeId", schemeId);
    return o;
  }

  /** Optional fields are left out when absent, as the interchange allows. */
  private static void put(ObjectNode o, String field, Object value) {
    if (value != null) {
      o.put(field, value.toString());
    }
  }
}

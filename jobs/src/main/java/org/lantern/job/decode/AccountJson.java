package org.lantern.job.decode;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.lantern.schema.Account;
import org.lantern.schema.HolderType;

/** KYC records in the interchange JSON form (interchange.md, input 2). */
public final class AccountJson {
  private AccountJson() {}

  private static LocalDate date(JsonNode obj, String field) throws InvalidRecordException {
    String text = Fields.optional(obj, field);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException("unparseable " + field + " '" + text + "' (expected an ISO-8601 date)");
    }
  }

  public static Account parse(JsonNode obj) throws InvalidRecordException {
    LocalDate openedAt = date(obj, "openedAt");
    LocalDate born = date(obj, "dateOfBirth");
    java.math.BigDecimal income = Fields.decimal(obj, "declaredMonthlyIncome");
    return Account.newBuilder()
        .setAccountId(Fields.required(obj, "accountId"))
        .setCustomerId(Fields.required(obj, "customerId"))
        .setHolderName(Fields.required(obj, "holderName"))
        .setHolderType(Fields.enumValue(HolderType.class, "holderType", Fields.required(obj, "holderType")))
        .setOpenedAt(openedAt == null ? null : openedAt.toString())
        .setPhone(Fields.optional(obj, "phone"))
        .setEmail(Fields.optional(obj, "email"))
        .setAddress(Fields.optional(obj, "address"))
        .setCountry(Fields.optional(obj, "country"))
        .setOccupation(Fields.optional(obj, "occupation"))
        .setBusinessType(Fields.optional(obj, "businessType"))
        .setDeclaredMonthlyIncome(income == null ? null : income.toPlainString())
        .setDateOfBirth(born == null ? null : born.toString())
        .setIntroducedBy(Fields.optional(obj, "introducedBy"))
        .build();
  }
}

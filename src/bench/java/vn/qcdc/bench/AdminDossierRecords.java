package vn.qcdc.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * Administrative procedure dossiers in record form (format §5.17, Form A): mostly settled early or on the due date,
 * some late with or without a compliant apology, some pending, refused or withdrawn, and a few carried over from
 * December of the previous year.
 */
final class AdminDossierRecords {

  /** A procedure with its statutory settlement time in working days (codes and times illustrative). */
  private record Procedure(String code, String name, int workingDays) {}

  private static final List<Procedure> PROCEDURES = List.of(
      new Procedure("1.001612", "Đăng ký khai sinh", 1),
      new Procedure("2.000815", "Chứng thực bản sao từ bản chính", 1),
      new Procedure("1.004227", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản", 2),
      new Procedure("1.001193", "Đăng ký kết hôn", 3),
      new Procedure("1.004873", "Cấp giấy xác nhận tình trạng hôn nhân", 3),
      new Procedure("1.000656", "Đăng ký khai tử", 1),
      new Procedure("2.000908", "Xác nhận nội dung trong hồ sơ đất đai", 10),
      new Procedure("2.001157", "Trợ cấp xã hội hàng tháng", 15));

  private final Dates dates;
  private final int year;

  AdminDossierRecords(Dates dates, int year) {
    this.dates = dates;
    this.year = year;
  }

  ArrayNode generate(int count) {
    ArrayNode records = JsonNodeFactory.instance.arrayNode(count);
    for (int i = 1; i <= count; i++) {
      records.add(record(String.format("B-HS-%06d", i)));
    }
    return records;
  }

  private ObjectNode record(String id) {
    Procedure procedure = dates.pick(PROCEDURES);
    LocalDate received = dates.chance(0.01) ? Dates.plusWorkingDays(LocalDate.of(year - 1, 12, 1), dates.between(0, 20))
        : dates.anyWorkingDay();
    ObjectNode r = JsonNodeFactory.instance.objectNode()
        .put("id", id)
        .put("procedureCode", procedure.code())
        .put("procedureName", procedure.name())
        .put("receivedDate", received.toString())
        .put("online", dates.chance(0.35));
    LocalDate start = received;
    if (dates.chance(0.08)) {
      start = Dates.plusWorkingDays(received, dates.between(1, 5));
      putDate(r, "completionRequestDate", start);
    }
    LocalDate due = Dates.plusWorkingDays(start, procedure.workingDays());
    r.put("dueDate", due.toString());
    settle(r, received, due, dates.uniform());
    return r;
  }

  private void settle(ObjectNode r, LocalDate received, LocalDate due, double outcome) {
    if (outcome < 0.015) {
      putDate(r, "refusalDate", Dates.plusWorkingDays(received, dates.between(1, 3)));
    } else if (outcome < 0.02) {
      putDate(r, "withdrawnDate", Dates.plusWorkingDays(received, 1));
    } else if (outcome < 0.035) {
      return; // pending: no result yet
    } else if (outcome < 0.06) {
      putDate(r, "resultDate", Dates.plusWorkingDays(due, dates.between(1, 10))); // late, no apology
    } else if (outcome < 0.12) {
      LocalDate newDue = Dates.plusWorkingDays(due, dates.between(2, 5));
      LocalDate apology = due.minusDays(dates.between(1, 2));
      putDate(r, "apologyLetterDate", apology.isBefore(received) ? received : apology);
      putDate(r, "newDueDate", newDue);
      r.put("rescheduleCount", dates.chance(0.9) ? 1 : 2);
      putDate(r, "resultDate", dates.chance(0.8) ? newDue : Dates.plusWorkingDays(due, 1));
    } else if (outcome < 0.30) {
      putDate(r, "resultDate", due); // on the due date
    } else {
      LocalDate early = due.minusDays(dates.between(1, 3));
      putDate(r, "resultDate", early.isBefore(received) ? received : early);
    }
  }

  private void putDate(ObjectNode r, String field, LocalDate date) {
    String value = dates.ifHappened(date);
    if (value != null) {
      r.put(field, value);
    }
  }
}

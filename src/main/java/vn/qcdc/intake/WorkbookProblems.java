package vn.qcdc.intake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.qcdc.web.ApiException;
import vn.qcdc.workbook.ConversionResult;
import vn.qcdc.workbook.WorkbookProblem;

/**
 * A refused workbook as problem+json: 422 with each problem's sheet, cell, JSON path and message. A file that is not a
 * readable workbook at all has one problem without sheet or cell; its members are then empty, never missing.
 */
final class WorkbookProblems {

  private WorkbookProblems() {}

  static ResponseEntity<ProblemDetail> refusal(ConversionResult result) {
    boolean unreadable = result.unreadable();
    // The one reason of an unreadable file is said as the API says refusals: Vietnamese, the English in brackets.
    String detail = unreadable ? result.problems().get(0).message() + " ("
        + result.problems().get(0).message(Locale.ENGLISH) + ")"
        : "Bảng tính có " + result.problemCount() + " lỗi; xem 'problems' (trang, ô, đường dẫn JSON). Không có gì "
            + "được lưu. (The workbook has " + result.problemCount() + " problem(s); nothing was stored.)";
    ApiException refusal = new ApiException(HttpStatus.UNPROCESSABLE_ENTITY,
        unreadable ? "unreadable-workbook" : "invalid-workbook",
        unreadable ? "Unreadable workbook" : "Invalid workbook", detail)
        .with("problemCount", result.problemCount())
        .with("problems", result.problems().stream().map(WorkbookProblems::member).toList());
    return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(refusal.toProblem());
  }

  private static Map<String, String> member(WorkbookProblem p) {
    Map<String, String> member = new LinkedHashMap<>();
    member.put("sheet", p.sheet() == null ? "" : p.sheet());
    member.put("cell", p.reference());
    member.put("path", p.jsonPath() == null ? "" : p.jsonPath());
    member.put("message", p.message());
    return member;
  }
}

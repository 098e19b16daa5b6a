package vn.qcdc.intake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.qcdc.i18n.Message;
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
    // An unreadable file says why in the workbook reader's own words, as the API says refusals: Vietnamese, the
    // English in brackets. A refused one counts its problems.
    ApiException refusal = (result.unreadable()
        ? new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "unreadable-workbook", "Unreadable workbook",
            result.problems().get(0).message() + " (" + result.problems().get(0).message(Locale.ENGLISH) + ")")
        : ApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-workbook", Message.of("api.workbook.invalid.title"),
            Message.of("api.workbook.invalid", result.problemCount())))
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

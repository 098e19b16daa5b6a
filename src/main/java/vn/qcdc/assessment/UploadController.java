package vn.qcdc.assessment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.security.Role;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.intake.DossierIntake;
import vn.qcdc.web.ApiException;
import vn.qcdc.workbook.ConversionResult;
import vn.qcdc.workbook.Declarant;
import vn.qcdc.workbook.ConversionSlots;
import vn.qcdc.workbook.WorkbookConverter;
import vn.qcdc.workbook.WorkbookLimits;

/**
 * An auditor uploads a dossier file, JSON or a filled workbook: stored and evaluated, or refused with every problem
 * beside its JSON path (and for a workbook its sheet and cell).
 */
@Controller
class UploadController {

  private final WorkbookConverter workbooks;
  private final DossierIntake intake;
  private final EvaluationService evaluations;

  UploadController(DossierIntake intake, EvaluationService evaluations, WorkbookLimits limits) {
    this.intake = intake;
    this.evaluations = evaluations;
    this.workbooks = new WorkbookConverter(limits);
  }

  @GetMapping("/tai-len")
  String form() {
    return "upload";
  }

  @PostMapping("/tai-len")
  String upload(@RequestParam(name = "hoSo", required = false) MultipartFile file, Model model,
      RedirectAttributes redirect) throws IOException {
    if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
      model.addAttribute("empty", true); // no file chosen; a chosen empty file is refused for what it is below
      return "upload";
    }
    byte[] bytes = file.getBytes();
    if (WorkbookConverter.isWorkbook(bytes) || namedAsWorkbook(file.getOriginalFilename())) {
      ConversionResult converted;
      try {
        converted = workbooks.convert(bytes, Declarant.now(CurrentUser.name()));
      } catch (ConversionSlots.WorkbookBusyException e) {
        return refused(model, file, List.of(new DossierProblem("$", e.getMessage(), e.text())), 1);
      }
      if (!converted.accepted()) {
        Locale locale = LocaleContextHolder.getLocale();
        return refused(model, file, converted.problems().stream().map(p -> new DossierProblem(
            p.reference(locale) + " · " + p.jsonPath(), p.message(), p.text())).toList(), converted.problemCount());
      }
      bytes = converted.json();
    }
    DossierIntake.Stored stored;
    try {
      stored = intake.store(bytes, file.getOriginalFilename());
    } catch (InvalidDossierException e) {
      return refused(model, file, e.problems(), e.total());
    } catch (ApiException e) {
      ProblemDetail problem = e.toProblem();
      Map<String, Object> extra = problem.getProperties() == null ? Map.of() : problem.getProperties();
      Locale locale = LocaleContextHolder.getLocale();
      List<DossierProblem> problems = new ArrayList<>();
      problems.add(new DossierProblem(String.valueOf(extra.getOrDefault("path", "$")), e.detail(locale)));
      model.addAttribute("refusal", e.title(locale));
      if (extra.get("communeCode") != null) {
        // A commune not registered: an administrator is offered the form, anyone else told who registers and where.
        model.addAttribute("unknownCommune", Map.of("code", String.valueOf(extra.get("communeCode")),
            "name", String.valueOf(extra.getOrDefault("communeName", ""))));
        model.addAttribute("mayRegister", CurrentUser.has(Role.ADMIN));
      }
      return refused(model, file, problems, 1);
    }
    StoredEvaluation evaluation = evaluations.evaluate(stored.dossier().id());
    redirect.addFlashAttribute("stored", stored.dossier());
    redirect.addFlashAttribute("warnings", stored.warnings());
    redirect.addFlashAttribute("unreported", stored.unreported());
    return "redirect:/danh-gia/" + evaluation.id();
  }

  private static String refused(Model model, MultipartFile file, List<DossierProblem> problems, int count) {
    model.addAttribute("fileName", file.getOriginalFilename());
    model.addAttribute("problems", problems);
    model.addAttribute("problemCount", count);
    return "upload";
  }

  /** A file named as a workbook goes to the workbook reader, which says what it really is (a PDF renamed .xlsx). */
  private static boolean namedAsWorkbook(String name) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
  }
}

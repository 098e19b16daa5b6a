package vn.qcdc.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.assessment.EvaluationService;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.intake.DossierIntake;
import vn.qcdc.web.ApiException;
import vn.qcdc.workbook.ConversionResult;
import vn.qcdc.workbook.WorkbookConverter;

/**
 * An auditor uploads a dossier file, JSON or a filled workbook: stored and evaluated, or refused with every problem
 * beside its JSON path (and for a workbook its sheet and cell).
 */
@Controller
class UploadController {

  private final WorkbookConverter workbooks = new WorkbookConverter();
  private final DossierIntake intake;
  private final EvaluationService evaluations;

  UploadController(DossierIntake intake, EvaluationService evaluations) {
    this.intake = intake;
    this.evaluations = evaluations;
  }

  @GetMapping("/tai-len")
  String form() {
    return "upload";
  }

  @PostMapping("/tai-len")
  String upload(@RequestParam(name = "hoSo", required = false) MultipartFile file, Model model,
      RedirectAttributes redirect) throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("empty", true);
      return "upload";
    }
    byte[] bytes = file.getBytes();
    if (WorkbookConverter.isWorkbook(bytes)) {
      ConversionResult converted = workbooks.convert(bytes);
      if (!converted.accepted()) {
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("problems", converted.problems().stream()
            .map(p -> new DossierProblem(p.reference() + " · " + p.jsonPath(), p.message())).toList());
        return "upload";
      }
      bytes = converted.json();
    }
    DossierIntake.Stored stored;
    try {
      stored = intake.store(bytes, file.getOriginalFilename());
    } catch (InvalidDossierException e) {
      model.addAttribute("fileName", file.getOriginalFilename());
      model.addAttribute("problems", e.problems());
      return "upload";
    } catch (ApiException e) {
      ProblemDetail problem = e.toProblem();
      Map<String, Object> extra = problem.getProperties() == null ? Map.of() : problem.getProperties();
      List<DossierProblem> problems = new ArrayList<>();
      problems.add(new DossierProblem(String.valueOf(extra.getOrDefault("path", "$")), problem.getDetail()));
      model.addAttribute("fileName", file.getOriginalFilename());
      model.addAttribute("refusal", problem.getTitle());
      model.addAttribute("problems", problems);
      return "upload";
    }
    StoredEvaluation evaluation = evaluations.evaluate(stored.dossier().id());
    redirect.addFlashAttribute("stored", stored.dossier());
    redirect.addFlashAttribute("warnings", stored.warnings());
    return "redirect:/danh-gia/" + evaluation.id();
  }
}

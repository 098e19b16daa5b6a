package vn.qcdc.workspace;

import java.io.IOException;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.commune.Communes;
import vn.qcdc.dossier.Amounts;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.i18n.Message;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.intake.UploadProperties;
import vn.qcdc.web.ApiException;
import vn.qcdc.web.Downloads;
import vn.qcdc.workbook.ConversionResult;
import vn.qcdc.workbook.ConversionSlots;
import vn.qcdc.workbook.WorkbookLimits;
import vn.qcdc.workbook.WorkbookProblem;
import vn.qcdc.workbook.WorkbookTooLargeException;

/**
 * The page of a commune's dossier for a year: its newest version, the year's state and submitted version, the
 * completeness of its sections, the score it would get now, and the workbook to download and upload.
 */
@Controller
class WorkspaceController {

  /** The page parameter saying the dossier was too large to download as a workbook. */
  private static final String TOO_LARGE = "bang-tinh-qua-lon";

  private final DossierWorkspace workspace;
  private final Communes communes;
  private final Lifecycle lifecycle;
  private final UploadProperties limits;

  WorkspaceController(DossierWorkspace workspace, Communes communes, Lifecycle lifecycle,
      UploadProperties limits) {
    this.workspace = workspace;
    this.communes = communes;
    this.lifecycle = lifecycle;
    this.limits = limits;
  }

  /** The year of the commune's newest dossier, else the current year. */
  @GetMapping("/xa/{code}/ho-so")
  String newest(@PathVariable String code) {
    int year = workspace.years(code).stream().mapToInt(Integer::intValue).max().orElse(Year.now().getValue());
    return "redirect:/xa/" + code + "/ho-so/" + year;
  }

  @GetMapping("/xa/{code}/ho-so/{year:\\d{4}}")
  String show(@PathVariable String code, @PathVariable int year,
      @RequestParam(name = TOO_LARGE, required = false) String tooLarge, Model model) {
    if (tooLarge != null) {
      WorkbookLimits limits = workspace.workbooks().limits();
      Locale locale = LocaleContextHolder.getLocale();
      model.addAttribute("error", Message.of("flash.workspace.tooManyRecords", amount(limits.maxRows(), locale),
          amount(limits.maxCells(), locale)).in(locale));
    }
    model.addAttribute("commune", communes.find(code).orElseThrow(() -> notFound("commune " + code)));
    model.addAttribute("year", year);
    model.addAttribute("years", years(code, year));
    workspace.current(code, year).ifPresent(current -> {
      model.addAttribute("current", current.stored());
      model.addAttribute("warnings", FieldWarnings.located(workspace.warnings(current.json()),
          workspace.forms().sections()));
      try {
        model.addAttribute("preview", workspace.preview(current));
      } catch (InvalidDossierException e) {
        // Stored before the format's limits: said on the page, which still offers the JSON and a new upload.
        model.addAttribute("error", Message.of("flash.workspace.noLongerValid", e.total(), e.listed().get(0).toString())
            .in(LocaleContextHolder.getLocale()));
      }
    });
    if (!model.containsAttribute("current") && !model.containsAttribute("profileForm")) {
      model.addAttribute("profileForm", ProfileForm.of(workspace.profile(code)));
    }
    List<StoredDossier> versions = workspace.versions(code, year);
    model.addAttribute("versions", versions);
    YearStatusView status = YearStatusView.of(lifecycle.year(code, year), versions);
    model.addAttribute("yearStatus", status);
    // The auditor sees how many warnings the submitted version carries before evaluating it officially.
    versions.stream().filter(v -> status.submittedVersion() != null && v.version() == status.submittedVersion())
        .findFirst().ifPresent(v -> model.addAttribute("submittedWarnings", workspace.warnings(v).size()));
    return "workspace";
  }

  /** A count with its thousands grouped as the page's language groups them (10.000 in Vietnamese, 10,000 else). */
  private static String amount(long count, Locale locale) {
    return "en".equals(locale.getLanguage()) ? Amounts.en(count) : Amounts.vi(count);
  }

  /** The years with a dossier, this year and the one shown, to move between them. */
  private SortedSet<Integer> years(String code, int shown) {
    SortedSet<Integer> years = new TreeSet<>(workspace.years(code));
    years.add(Year.now().getValue());
    years.add(shown);
    return years;
  }

  /** Starts the year's dossier with the commune profile typed in the form; refused, it comes back with each problem. */
  @PostMapping("/xa/{code}/ho-so/{year:\\d{4}}/lap")
  String start(@PathVariable String code, @PathVariable int year, @RequestParam Map<String, String> parameters,
      RedirectAttributes redirect) {
    if (workspace.current(code, year).isPresent()) {
      return "redirect:/xa/" + code + "/ho-so/" + year;
    }
    ProfileForm typed = ProfileForm.typed(parameters);
    // A start without the form's fields (an older page, a script) takes the profile as prefilled.
    ProfileForm form = typed.values().isEmpty() ? ProfileForm.of(workspace.profile(code)) : typed;
    Map<String, String> typing = new LinkedHashMap<>();
    try {
      workspace.start(code, year, form.commune(workspace.profile(code), typing));
      redirect.addFlashAttribute("started", true);
    } catch (InvalidDossierException e) {
      redirect.addFlashAttribute("profileForm",
          form.withProblems(e.problems(), typing, LocaleContextHolder.getLocale()));
    }
    return "redirect:/xa/" + code + "/ho-so/" + year;
  }

  @GetMapping("/xa/{code}/ho-so/{year:\\d{4}}/mau.xlsx")
  ResponseEntity<byte[]> template(@PathVariable String code, @PathVariable int year) {
    return Downloads.attachment(workspace.template(code, year), Downloads.XLSX,
        "mau-ho-so-minh-chung-" + code + "-" + year + ".xlsx");
  }

  @GetMapping("/xa/{code}/ho-so/{year:\\d{4}}/ho-so.xlsx")
  ResponseEntity<byte[]> workbook(@PathVariable String code, @PathVariable int year) {
    DossierWorkspace.Current current = current(code, year);
    try {
      return Downloads.attachment(workspace.workbooks().export(current.json()), Downloads.XLSX,
          fileName(current, "xlsx"));
    } catch (WorkbookTooLargeException e) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create("/xa/" + code + "/ho-so/" + year
          + "?" + TOO_LARGE)).build();
    }
  }

  @GetMapping("/xa/{code}/ho-so/{year:\\d{4}}/ho-so.json")
  ResponseEntity<byte[]> json(@PathVariable String code, @PathVariable int year) {
    DossierWorkspace.Current current = current(code, year);
    return Downloads.attachment(current.json(), MediaType.APPLICATION_JSON, fileName(current, "json"));
  }

  @PostMapping("/xa/{code}/ho-so/{year:\\d{4}}/bang-tinh")
  String upload(@PathVariable String code, @PathVariable int year,
      @RequestParam(name = "bangTinh", required = false) MultipartFile file, Model model,
      RedirectAttributes redirect) throws IOException {
    Refused refused;
    if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
      refused = Refused.of(Message.of("workspace.noFile"));
    } else if (file.getSize() > limits.maxDossierSize().toBytes()) {
      refused = Refused.of(Message.of("workspace.tooLarge", limits.maxDossierSize().toMegabytes()));
    } else {
      refused = convert(code, year, file);
    }
    if (refused.problems().isEmpty()) {
      redirect.addFlashAttribute("uploaded", file.getOriginalFilename());
      return "redirect:/xa/" + code + "/ho-so/" + year;
    }
    model.addAttribute("workbookProblems", refused.problems());
    model.addAttribute("workbookProblemCount", refused.count());
    model.addAttribute("workbookName", file == null ? null : file.getOriginalFilename());
    return show(code, year, null, model);
  }

  /**
   * The problems shown for a refused workbook (the first hundred and a closing count) and how many there are; the page
   * writes each in its own language.
   */
  private record Refused(List<WorkbookProblem> problems, int count) {
    static Refused of(Message message) {
      return new Refused(List.of(new WorkbookProblem(null, null, "$", message)), 1);
    }
  }

  private Refused convert(String code, int year, MultipartFile file) throws IOException {
    try {
      ConversionResult result = workspace.upload(code, year, file.getBytes(), file.getOriginalFilename());
      return new Refused(result.problems(), result.problemCount());
    } catch (InvalidDossierException e) {
      return new Refused(e.problems().stream().map(WorkspaceController::problem).toList(), e.total());
    } catch (ConversionSlots.WorkbookBusyException e) {
      return Refused.of(e.text());
    } catch (ApiException e) {
      return Refused.of(Message.of("workbook.asIs", e.detail(LocaleContextHolder.getLocale())));
    }
  }

  private static WorkbookProblem problem(DossierProblem p) {
    return p.text() == null ? new WorkbookProblem(null, null, p.path(), p.message())
        : new WorkbookProblem(null, null, p.path(), p.text());
  }

  private DossierWorkspace.Current current(String code, int year) {
    return workspace.current(code, year).orElseThrow(() -> notFound("dossier of " + code + " for " + year));
  }

  private static String fileName(DossierWorkspace.Current current, String extension) {
    StoredDossier d = current.stored();
    return "ho-so-" + d.communeCode() + "-" + d.year() + "-v" + d.version() + "." + extension;
  }

  static ResponseStatusException notFound(String what) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + what);
  }
}

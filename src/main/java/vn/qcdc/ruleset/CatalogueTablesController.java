package vn.qcdc.ruleset;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.i18n.MessageRefusal;

/**
 * The other structured editors of the workbench (legal staff): the points and thresholds of the catalogue and the
 * grade bands, and the holiday calendar by year. Like the constants table, an edit the loader would refuse is refused
 * here, an accepted one becomes a draft in the change set and its diff is shown.
 */
@Controller
class CatalogueTablesController {

  private static final String PROFILE = "profile.yaml";

  private final WorkingCopy copy;

  CatalogueTablesController(WorkingCopy copy) {
    this.copy = copy;
  }

  @GetMapping("/bo-quy-tac/diem")
  String points(@RequestParam(name = "tep", required = false) String file, HttpSession session, Model model) {
    WorkingCopy.requireLegal();
    return pointsPage(session, model, file, null);
  }

  @PostMapping("/bo-quy-tac/diem/sua")
  String changePoints(@RequestParam("tep") String file, @RequestParam("duongDan") String path,
      @RequestParam("giaTri") String value, HttpSession session, Model model, HttpServletResponse response) {
    WorkingCopy.requireLegal();
    if (!pointFiles().contains(file)) {
      throw vn.qcdc.web.ApiException.notFound("Rule file", file);
    }
    return edit(session, model, response, file, () -> PointsTable.change(copy.current(session, file), path, value),
        "redirect:/bo-quy-tac/diem?tep=" + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8),
        () -> pointsPage(session, model, file, file + " " + path));
  }

  @GetMapping("/bo-quy-tac/ngay-nghi")
  String holidays(HttpSession session, Model model) {
    WorkingCopy.requireLegal();
    return holidaysPage(session, model);
  }

  @PostMapping("/bo-quy-tac/ngay-nghi/them")
  String addHoliday(@RequestParam("tu") String from, @RequestParam(name = "den", required = false) String to,
      @RequestParam("ten") String name, @RequestParam(name = "thongBao", required = false) String notice,
      HttpSession session, Model model, HttpServletResponse response) {
    WorkingCopy.requireLegal();
    return edit(session, model, response, HolidaysTable.FILE,
        () -> HolidaysTable.add(copy.current(session, HolidaysTable.FILE), from, to, name, notice),
        "redirect:/bo-quy-tac/ngay-nghi", () -> holidaysPage(session, model));
  }

  private String edit(HttpSession session, Model model, HttpServletResponse response, String file,
      Supplier<String> edit, String done, Supplier<String> again) {
    try {
      copy.keep(session, file, edit.get());
      return done;
    } catch (ConstantsTable.Refused | IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", MessageRefusal.in(e, LocaleContextHolder.getLocale()));
      return again.get();
    }
  }

  private String pointsPage(HttpSession session, Model model, String file, String errorAt) {
    List<String> files = pointFiles();
    String open = file != null && files.contains(file) ? file : PROFILE;
    Map<String, List<PointsTable.Cell>> cells = new LinkedHashMap<>();
    try {
      cells.put(open, PointsTable.cells(open, copy.current(session, open)));
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", MessageRefusal.in(e, LocaleContextHolder.getLocale()));
    }
    model.addAttribute("files", files);
    model.addAttribute("open", open);
    model.addAttribute("cells", cells);
    model.addAttribute("errorAt", errorAt);
    model.addAttribute("diffs", diffs(session, files));
    return "rules-points";
  }

  private String holidaysPage(HttpSession session, Model model) {
    try {
      model.addAttribute("years", HolidaysTable.years(copy.current(session, HolidaysTable.FILE)));
    } catch (IllegalArgumentException e) {
      model.addAttribute("years", List.of());
      model.addAttribute("error", MessageRefusal.in(e, LocaleContextHolder.getLocale()));
    }
    model.addAttribute("diffs", diffs(session, List.of(HolidaysTable.FILE)));
    return "rules-holidays";
  }

  private List<WorkingCopy.FileDiff> diffs(HttpSession session, List<String> files) {
    List<WorkingCopy.FileDiff> out = new ArrayList<>();
    copy.diffs(session).stream().filter(d -> files.contains(d.file())).forEach(out::add);
    return out;
  }

  private List<String> pointFiles() {
    List<String> files = new ArrayList<>(List.of(PROFILE));
    copy.files().stream().filter(f -> f.endsWith("/criteria.yaml")).forEach(files::add);
    return files;
  }
}

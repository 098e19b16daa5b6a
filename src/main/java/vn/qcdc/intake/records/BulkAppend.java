package vn.qcdc.intake.records;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.i18n.Message;
import vn.qcdc.intake.DossierIntake;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.web.ApiException;
import vn.qcdc.workbook.ConversionSlots;
import vn.qcdc.workbook.WorkbookGuard;
import vn.qcdc.workbook.WorkbookLimits;

/**
 * Appends the records of a CSV or XLSX file to the newest version of a stored dossier and stores the result as the
 * next version, only if every row is valid and the whole dossier still passes the dossier reader.
 */
@Service
public class BulkAppend {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private final DossierRepository dossiers;
  private final DossierIntake intake;
  private final WorkbookGuard guard;
  private final ConversionSlots slots;

  BulkAppend(DossierRepository dossiers, DossierIntake intake, WorkbookLimits limits) {
    this.dossiers = dossiers;
    this.intake = intake;
    this.guard = new WorkbookGuard(limits);
    this.slots = new ConversionSlots(limits);
  }

  public DossierIntake.Stored append(long dossierId, RecordLayout layout, String fileName, byte[] file)
      throws UnreadableFileException, IOException {
    StoredDossier base = dossiers.find(dossierId).orElseThrow(() -> ApiException.notFound("Dossier", dossierId));
    StoredDossier latest = dossiers.latest(base.communeCode(), base.year()).orElseThrow();
    if (latest.id() != base.id()) {
      throw ApiException.of(HttpStatus.CONFLICT, "not-latest-version", Message.of("intake.notLatest.title"),
          Message.of("intake.notLatest", dossierId, base.version(), latest.id())).with("latestDossierId", latest.id());
    }
    ParsedRecords parsed = RecordRows.map(read(fileName, file), layout);
    ObjectNode tree = (ObjectNode) JSON.readTree(dossiers.content(dossierId).orElseThrow());
    ArrayNode target = section(tree, layout.section());
    int first = target.size();
    parsed.records().forEach(r -> target.add(r.json()));
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    try {
      return intake.store(bytes, "append " + layout.slug() + " from " + fileName + " to dossier " + dossierId);
    } catch (InvalidDossierException e) {
      String path = "$." + layout.section();
      throw new UnreadableFileException(e.listed().stream()
          .map(p -> ProblemRows.of(p, path, first, parsed)).toList(), e.total());
    }
  }

  private Table read(String fileName, byte[] file) throws UnreadableFileException {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    boolean zip = file.length > 3 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    if (name.endsWith(".xls")) {
      throw UnreadableFileException.of("old Excel .xls files are not read; save the sheet as .xlsx or CSV UTF-8");
    }
    return name.endsWith(".xlsx") || zip ? XlsxTables.read(file, guard, slots) : CsvTables.read(file);
  }

  /** The array at a dotted path such as {@code administrativeDossiers.records}, created if absent. */
  private static ArrayNode section(ObjectNode tree, String path) {
    List<String> steps = List.of(path.split("\\."));
    ObjectNode node = tree;
    for (String step : steps.subList(0, steps.size() - 1)) {
      JsonNode next = node.get(step);
      node = next instanceof ObjectNode o ? o : node.putObject(step);
    }
    String last = steps.get(steps.size() - 1);
    return node.get(last) instanceof ArrayNode a ? a : node.putArray(last);
  }
}

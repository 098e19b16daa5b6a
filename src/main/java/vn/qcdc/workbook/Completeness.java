package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.qcdc.workbook.SectionStatus.Status;

/** Which sections of the dossier format a dossier reports, in the format's order. */
public final class Completeness {

  private final WorkbookLayout layout;
  private final Set<String> formSections;

  public Completeness(WorkbookConverter converter) {
    this(converter.layout());
  }

  /** Completeness by the format's own layout, for callers without a converter. */
  public Completeness() {
    this(new WorkbookLayout());
  }

  private Completeness(WorkbookLayout layout) {
    this.layout = layout;
    this.formSections = layout.recordSections().stream().map(SheetSpec::key).collect(Collectors.toSet());
  }

  public List<SectionStatus> of(byte[] dossierJson) {
    ObjectNode tree = DossierJson.parse(dossierJson);
    JsonNode root = layout.schema().root();
    Set<String> required = SchemaModel.required(root);
    List<SectionStatus> out = new ArrayList<>();
    for (String key : SchemaModel.propertyNames(root)) {
      if (required.contains(key) || key.equals(Declarations.FIELD)) {
        continue;
      }
      JsonNode value = tree.get(key);
      Status status = value == null || value.isNull() ? Status.NOT_REPORTED
          : Declarations.isEmpty(tree, key) ? Status.DECLARED_NONE : Status.REPORTED;
      Integer records = value != null && value.isArray() ? value.size() : null;
      String title = layout.labels().get("title." + key);
      JsonNode declaration = declaration(tree, key);
      out.add(new SectionStatus(key, title != null ? title : key, status, records, formSections.contains(key),
          declaration == null ? null : declaration.path("declaredBy").asText(null), declaration == null ? null
              : OffsetDateTime.parse(declaration.path("declaredAt").asText())));
    }
    return out;
  }

  /** The sections the dossier leaves unreported ("chưa báo cáo"), in the format's order. */
  public List<SectionStatus> unreported(byte[] dossierJson) {
    return of(dossierJson).stream().filter(s -> s.status() == Status.NOT_REPORTED).toList();
  }

  private static JsonNode declaration(JsonNode tree, String section) {
    for (JsonNode declaration : tree.path(Declarations.FIELD)) {
      if (section.equals(declaration.path("section").asText()) && declaration.path("declaredAt").isTextual()) {
        return declaration;
      }
    }
    return null;
  }
}

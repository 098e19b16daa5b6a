package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Format 1.1 (§1.4): an empty section counts as "nothing arose" only when a person declared it, so every empty
 * section has exactly one declaration and every declaration names an empty section; format 1.0 has no declarations
 * and keeps reading an empty list as the declaration itself.
 */
final class DeclarationRules {

  static final String VERSION_WITH_DECLARATIONS = "1.1";
  private static final String DECLARATIONS = "declarations";
  private static final String ADMIN = "administrativeDossiers";

  /** The sections of the declarations, in their order (null where a declaration has none). */
  private final List<String> declaredSections = new ArrayList<>();
  /** The streamed lists that hold a record (their lists in the top level are empty). */
  private final Set<String> withRecords = new HashSet<>();

  /** One record of a streamed list ({@code list}: its key). */
  void record(String list, JsonNode record) {
    withRecords.add(list);
    if (list.equals(DECLARATIONS)) {
      declaredSections.add(record.path("section").asText(null));
    }
  }

  /** {@code dossier}: the dossier's top level, in which the streamed lists are empty. */
  void check(JsonNode dossier, ProblemList problems) {
    if (!dossier.isObject()) {
      return;
    }
    JsonNode declarations = dossier.path(DECLARATIONS);
    boolean v11 = VERSION_WITH_DECLARATIONS.equals(dossier.path("formatVersion").asText());
    if (!v11) {
      if (!declarations.isMissingNode() && !declarations.isNull()) {
        problems.add(JsonPaths.field(JsonPaths.ROOT, DECLARATIONS), "khai báo không phát sinh (declarations) chỉ có"
            + " từ định dạng 1.1: hãy ghi formatVersion \"1.1\" (declarations need formatVersion 1.1)");
      }
      return;
    }
    Map<String, Integer> declared = new HashMap<>();
    for (int i = 0; declarations.isArray() && i < declaredSections.size(); i++) {
      String section = declaredSections.get(i);
      String path = JsonPaths.index(JsonPaths.field(JsonPaths.ROOT, DECLARATIONS), i);
      if (section == null) {
        continue; // the schema reports the missing or mistyped section
      }
      if (declared.putIfAbsent(section, i) != null) {
        problems.add(path, "mục " + SectionNames.vi(section) + " được khai báo không phát sinh hai lần"
            + " (section declared twice)");
      } else if (!isEmpty(dossier, section)) {
        problems.add(path, "mục " + SectionNames.vi(section) + " được khai báo không phát sinh nhưng "
            + (dossier.path(section).isMissingNode() || dossier.path(section).isNull() ? "không có trong hồ sơ"
                : "có bản ghi") + " (a declared section must be present and empty)");
      }
    }
    dossier.properties().forEach(member -> {
      if (isEmpty(dossier, member.getKey()) && !declared.containsKey(member.getKey())) {
        problems.add(JsonPaths.field(JsonPaths.ROOT, member.getKey()), "mục " + SectionNames.vi(member.getKey())
            + " để trống mà không ai khai báo không phát sinh: hãy xóa mục (chưa báo cáo) hoặc thêm khai báo vào"
            + " declarations (an empty section needs a declaration in format 1.1)");
      }
    });
  }

  /** Whether the section is present and holds no record: an empty list, or administrative dossiers without any. */
  private boolean isEmpty(JsonNode dossier, String section) {
    JsonNode value = dossier.path(section);
    if (section.equals(DECLARATIONS) || withRecords.contains(section)) {
      return false;
    }
    if (section.equals(ADMIN)) {
      return value.isObject() && value.path("records").isArray() && value.path("records").isEmpty()
          && !value.has("monthlyAggregates") && !value.has("yearEndPending");
    }
    return value.isArray() && value.isEmpty();
  }
}

package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guard: every value of the published schema is bounded, so no field can be added later without a limit. */
class SchemaBoundsTest {

  @Test
  void everyNumberHasAMaximumEveryListAMaxItemsAndEveryTextAMaxLengthOrAFixedForm() {
    List<String> unbounded = new ArrayList<>();

    visit(DossierSchema.load(), "#", unbounded);

    assertThat(unbounded).as("schema values without a limit").isEmpty();
  }

  private static void visit(JsonNode node, String pointer, List<String> unbounded) {
    if (node.isObject()) {
      String type = node.path("type").asText();
      boolean fixedForm = node.has("pattern") || node.has("enum") || node.has("const");
      if ((type.equals("integer") || type.equals("number")) && !node.has("maximum")
          || type.equals("array") && !node.has("maxItems")
          || type.equals("string") && !node.has("maxLength") && !fixedForm) {
        unbounded.add(pointer);
      }
      node.properties().forEach(e -> visit(e.getValue(), pointer + "/" + e.getKey(), unbounded));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(node.get(i), pointer + "/" + i, unbounded);
      }
    }
  }
}

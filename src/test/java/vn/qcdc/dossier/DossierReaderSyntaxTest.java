package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.dossier.ExampleDossier.example;
import static vn.qcdc.dossier.ExampleDossier.exampleBytes;
import static vn.qcdc.dossier.Rejections.problem;
import static vn.qcdc.dossier.Rejections.problemsOf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DossierReaderSyntaxTest {

  private static final String VIETNAMESE = "{\"name\": \"Chí Minh\"}";

  @Test
  void rejectsMalformedJsonGivingLineAndColumn() {
    byte[] json = "{\n  \"formatVersion\": \"1.0\"\n  \"dossierId\": \"X\"\n}".getBytes(StandardCharsets.UTF_8);

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.formatVersion", "malformed JSON at line 3, column 3: "
        + "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"));
  }

  @Test
  void rejectsADuplicateKeyNamingItsPath() {
    String text = example().text().replaceFirst("\"id\" : \"K-01\",", "\"id\" : \"K-01\", \"id\" : \"K-09\",");

    var problems = problemsOf(text.getBytes(StandardCharsets.UTF_8));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.complaints[0].id");
      assertThat(p.message()).matches("duplicate key 'id' at line \\d+, column \\d+");
    });
  }

  @Test
  void rejectsContentAfterTheTopLevelValue() {
    byte[] json = "{}\n{}".getBytes(StandardCharsets.UTF_8);

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$", "malformed JSON at line 2, column 1: content after the end of the top-level value"));
  }

  @Test
  void rejectsAnEmptyDocument() {
    var problems = problemsOf(" \n".getBytes(StandardCharsets.UTF_8));

    assertThat(problems).containsExactly(problem("$", "malformed JSON: the document is empty"));
  }

  @Test
  void rejectsATopLevelValueThatIsNotAnObject() {
    var problems = problemsOf("[]".getBytes(StandardCharsets.UTF_8));

    assertThat(problems).containsExactly(problem("$", "wrong type: expected object, found array"));
  }

  @Test
  void rejectsUtf16TextWithByteOrderMark() {
    byte[] json = new String(exampleBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$", "file is not UTF-8: it starts with a UTF-16 byte order mark; save it as UTF-8"));
  }

  @Test
  void rejectsUtf16TextWithoutByteOrderMark() {
    byte[] json = VIETNAMESE.getBytes(StandardCharsets.UTF_16LE);

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$", "file is not UTF-8: NUL byte at offset 1 (line 1), as in UTF-16 text; save it as UTF-8"));
  }

  @Test
  void rejectsIsoLatin1TextNamingTheFirstInvalidByte() {
    byte[] json = VIETNAMESE.getBytes(StandardCharsets.ISO_8859_1);

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(
        problem("$", "file is not UTF-8: invalid byte 0xED at offset 12 (line 1); save it as UTF-8"));
  }

  @Test
  void rejectsTheExampleSavedAsWindows1258() {
    String decomposed = Normalizer.normalize(example().text(), Normalizer.Form.NFD);
    byte[] json = decomposed.getBytes(Charset.forName("windows-1258"));

    var problems = problemsOf(json);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).matches(
          "file is not UTF-8: invalid byte 0x[0-9A-F]{2} at offset \\d+ \\(line \\d+\\); save it as UTF-8");
    });
  }
}

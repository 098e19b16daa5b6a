package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.dossier.ExampleDossier.example;
import static vn.qcdc.dossier.ExampleDossier.json;
import static vn.qcdc.dossier.Rejections.problemsOf;

import org.junit.jupiter.api.Test;

/** Format 1.1 (§1.4): an empty section counts as "không phát sinh" only with a person's declaration. */
class DeclarationRulesTest {

  private static final String DECLARED_PETITIONS = """
      [{"section": "petitions", "declaredBy": "Nguyễn Văn An", "declaredAt": "2026-01-05T09:30:00+07:00"}]""";

  @Test
  void acceptsAnEmptySectionDeclaredByAPersonInFormat11() throws Exception {
    byte[] bytes = example().with("/formatVersion", "1.1").with("/petitions", json("[]"))
        .with("/declarations", json(DECLARED_PETITIONS)).bytes();

    ParsedDossier parsed = new DossierReader().read(bytes);

    assertThat(parsed.dossier().petitions()).isEmpty();
    assertThat(parsed.dossier().declarations()).singleElement().satisfies(d -> {
      assertThat(d.section()).isEqualTo("petitions");
      assertThat(d.declaredBy()).isEqualTo("Nguyễn Văn An");
    });
  }

  @Test
  void format10KeepsReadingAnEmptyListAsTheDeclarationItself() throws Exception {
    byte[] bytes = example().with("/petitions", json("[]")).bytes();

    ParsedDossier parsed = new DossierReader().read(bytes);

    assertThat(parsed.dossier().petitions()).isEmpty();
    assertThat(parsed.dossier().declarations()).isNull();
  }

  @Test
  void rejectsAnEmptySectionWithoutADeclarationInFormat11() {
    byte[] bytes = example().with("/formatVersion", "1.1").with("/petitions", json("[]")).bytes();

    assertThat(problemsOf(bytes)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.petitions");
      assertThat(p.message()).contains("không ai khai báo không phát sinh");
    });
  }

  @Test
  void rejectsADeclarationOfASectionThatHasRecords() {
    byte[] bytes = example().with("/formatVersion", "1.1").with("/declarations", json("""
        [{"section": "complaints", "declaredBy": "Nguyễn Văn An", "declaredAt": "2026-01-05T09:30:00+07:00"}]"""))
        .bytes();

    assertThat(problemsOf(bytes)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.declarations[0]");
      assertThat(p.message()).contains("có bản ghi");
    });
  }

  @Test
  void rejectsDeclarationsInFormat10() {
    byte[] bytes = example().with("/petitions", json("[]")).with("/declarations", json(DECLARED_PETITIONS)).bytes();

    assertThat(problemsOf(bytes)).extracting(DossierProblem::path).containsExactly("$.declarations");
  }

  @Test
  void rejectsADeclarationWithoutAPersonOrATime() {
    byte[] bytes = example().with("/formatVersion", "1.1").with("/petitions", json("[]"))
        .with("/declarations", json("[{\"section\": \"petitions\", \"declaredAt\": \"gestern\"}]")).bytes();

    assertThat(problemsOf(bytes)).extracting(DossierProblem::path)
        .contains("$.declarations[0].declaredBy", "$.declarations[0].declaredAt");
  }
}

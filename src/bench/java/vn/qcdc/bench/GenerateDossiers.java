package vn.qcdc.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes synthetic dossiers for the batch figures: {@code GenerateDossiers OUT COUNT RECORDS} writes COUNT files of
 * about RECORDS records each (sizes RECORDS, RECORDS+1, ..., RECORDS+299 and again, so that neighbours differ but
 * every file stays near RECORDS however many are asked for), and
 * {@code GenerateDossiers OUT COUNT example} writes COUNT copies of the example dossier.
 */
public final class GenerateDossiers {

  private GenerateDossiers() {}

  public static void main(String[] args) throws Exception {
    Path out = Files.createDirectories(Path.of(args[0]));
    int count = Integer.parseInt(args[1]);
    SyntheticDossiers generator = new SyntheticDossiers(Fixtures.exampleDossier());
    byte[] example = Files.readAllBytes(Fixtures.exampleDossier());
    for (int i = 0; i < count; i++) {
      byte[] json = args[2].equals("example") ? example : generator.json(Integer.parseInt(args[2]) + i % 300);
      Files.write(out.resolve(String.format("dossier-%04d.json", i)), json);
    }
  }
}

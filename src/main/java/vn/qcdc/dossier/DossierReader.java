package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.qcdc.dossier.facts.Dossier;

/** Reads one JSON evidence dossier into immutable facts. */
public final class DossierReader {

  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .build();

  public ParsedDossier read(byte[] json) throws InvalidDossierException {
    try {
      Dossier dossier = mapper.readValue(json, Dossier.class);
      return new ParsedDossier(dossier, List.of(), Hashes.sha256(json));
    } catch (IOException e) {
      throw new InvalidDossierException(List.of(new DossierProblem("$", String.valueOf(e.getMessage()))));
    }
  }

  public ParsedDossier read(Path file) throws InvalidDossierException {
    try {
      return read(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

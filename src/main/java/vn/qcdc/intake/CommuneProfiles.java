package vn.qcdc.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;

/**
 * A commune's profile as the dossier's {@code commune} object, to pre-fill a new dossier: taken from its newest stored
 * dossier (villages, staff, media included), else only what the registry knows (code, name, province, level).
 */
@Service
public class CommuneProfiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CommuneRepository communes;
  private final DossierRepository dossiers;

  CommuneProfiles(CommuneRepository communes, DossierRepository dossiers) {
    this.communes = communes;
    this.dossiers = dossiers;
  }

  /** The profile, or empty when the commune is not registered. */
  public Optional<JsonNode> of(String communeCode) {
    Optional<Commune> registered = communes.find(communeCode);
    if (registered.isEmpty()) {
      return Optional.empty();
    }
    Optional<StoredDossier> newest = dossiers.list(communeCode, null).stream()
        .max(Comparator.comparingInt(StoredDossier::year).thenComparingInt(StoredDossier::version));
    if (newest.isPresent()) {
      JsonNode commune = read(dossiers.content(newest.get().id()).orElseThrow()).path("commune");
      if (commune.isObject()) {
        return Optional.of(commune);
      }
    }
    Commune c = registered.get();
    ObjectNode basic = JsonNodeFactory.instance.objectNode();
    basic.put("code", c.code()).put("name", c.name()).put("level", c.level().name()).put("province", c.province());
    return Optional.of(basic);
  }

  private static JsonNode read(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.qcdc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Synthetic but valid evidence dossiers of a chosen size, built on the example dossier's commune and period.
 *
 * <p>The example's small sections (plans, regulations, meetings, reports...) are kept as they are; the sections
 * that dominate real dossiers are replaced by generated records: administrative dossiers in record form (about 77%
 * of the records), petitions (8%), disclosures (4%), reception sessions (2%, at least one a week) with their cases
 * (4%) and complaints (2%). Generation is deterministic for a given size.
 */
public final class SyntheticDossiers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode example;

  public SyntheticDossiers(Path exampleDossier) {
    try {
      this.example = JSON.readTree(Files.readAllBytes(exampleDossier));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dossier with about {@code records} generated records, as UTF-8 JSON bytes. */
  public byte[] json(int records) {
    try {
      return JSON.writeValueAsBytes(tree(records));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ObjectNode tree(int records) {
    int year = example.at("/period/year").asInt();
    Dates dates = new Dates(year, new Random(records));
    int complaints = share(records, 0.02);
    int petitions = share(records, 0.08);
    int disclosures = share(records, 0.04);
    int cases = share(records, 0.04);
    int sessions = Math.max(60, share(records, 0.02));
    int adminRecords = records - complaints - petitions - disclosures - cases - sessions;

    ObjectNode dossier = example.deepCopy();
    dossier.put("dossierId", "B-SYN-" + year + "-" + records);
    CitizenMatterRecords citizens = new CitizenMatterRecords(dates, year);
    dossier.set("receptionSessions", citizens.receptionSessions(sessions, cases));
    dossier.set("complaints", citizens.complaints(complaints));
    dossier.set("petitions", citizens.petitions(petitions));
    dossier.set("disclosures", new DisclosureRecords(dates).generate(disclosures));
    ObjectNode admin = JSON.createObjectNode();
    admin.set("records", new AdminDossierRecords(dates, year).generate(adminRecords));
    dossier.set("administrativeDossiers", admin);
    return dossier;
  }

  private static int share(int records, double fraction) {
    return (int) Math.round(records * fraction);
  }

  /** Counts the elements with an {@code id} in a dossier: every record, nested cases and villages included. */
  static int countIds(byte[] json) {
    try {
      return countIds(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int countIds(JsonNode node) {
    int own = node.isObject() && node.has("id") ? 1 : 0;
    int nested = 0;
    for (JsonNode child : node) {
      nested += countIds(child);
    }
    return own + nested;
  }
}

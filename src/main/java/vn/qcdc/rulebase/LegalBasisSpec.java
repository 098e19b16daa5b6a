package vn.qcdc.rulebase;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.qcdc.i18n.Message;

/**
 * The {@code legalBasis} of a catalogue row or an adjustment as written: either one text (in force from the beginning)
 * or a list of texts, each with the date it applies from ({@code from}, optional on the first) and, rarely, the last
 * day it applies ({@code to}). Each entry keeps its line, so that a problem names it.
 */
@JsonDeserialize(using = LegalBasisSpec.Reader.class)
record LegalBasisSpec(List<Entry> entries) {

  /** One text as written, at its line. */
  record Entry(int line, LocalDate from, LocalDate to, String text) {}

  /** The fields an entry of the list may have. */
  record EntryFields(LocalDate from, LocalDate to, String text) {}

  /**
   * The checked bases: texts present, dates in order and not overlapping (each text ends the day before the next one
   * starts unless it gives its own {@code to}). Problems are added with the entry's line; null if none is usable.
   */
  LegalBases bases(String file, int fallbackLine, String owner, List<RuleSetProblem> problems) {
    List<LegalBasis> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      Source at = new Source(file, e.line() > 0 ? e.line() : fallbackLine);
      Entry next = i + 1 < entries.size() ? entries.get(i + 1) : null;
      if (e.text() == null || e.text().isBlank()) {
        problems.add(at.problem(Message.of("rules.basis.text", owner)));
      } else if (i > 0 && e.from() == null) {
        problems.add(at.problem(Message.of("rules.basis.from", owner)));
      } else if (e.to() != null && e.from() != null && e.to().isBefore(e.from())) {
        problems.add(at.problem(Message.of("rules.basis.endsBefore", owner, e.from(), e.to())));
      } else if (next != null && next.from() != null && e.from() != null && !next.from().isAfter(e.from())) {
        problems.add(new Source(file, next.line() > 0 ? next.line() : fallbackLine).problem(Message.of("rules.basis.order",
            owner, next.from(), e.from())));
      } else if (next != null && next.from() != null && e.to() != null && !e.to().isBefore(next.from())) {
        problems.add(at.problem(Message.of("rules.basis.overlap", owner, e.to(), next.from())));
      } else {
        LocalDate to = e.to() != null ? e.to() : next != null && next.from() != null ? next.from().minusDays(1) : null;
        out.add(new LegalBasis(e.from(), to, e.text().strip()));
      }
    }
    return out.size() == entries.size() && !out.isEmpty() ? new LegalBases(out) : null;
  }

  /** Reads a text or a list of entries, remembering each entry's line. */
  static final class Reader extends JsonDeserializer<LegalBasisSpec> {

    @Override
    public LegalBasisSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return new LegalBasisSpec(List.of(new Entry(p.currentTokenLocation().getLineNr(), null, null, p.getText())));
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return (LegalBasisSpec) ctxt.handleUnexpectedToken(LegalBasisSpec.class, p);
      }
      List<Entry> entries = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        int line = p.currentTokenLocation().getLineNr();
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          entries.add(new Entry(line, null, null, p.getText()));
        } else {
          EntryFields f = ctxt.readValue(p, EntryFields.class);
          entries.add(f == null ? new Entry(line, null, null, null) : new Entry(line, f.from(), f.to(), f.text()));
        }
      }
      return new LegalBasisSpec(entries);
    }
  }
}

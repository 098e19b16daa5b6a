package vn.qcdc.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/** Changing the rule set in the running service: status, reload, history, rollback and impact preview (issue #6). */
@RestController
@RequestMapping("/api/rule-set")
@Tag(name = "Rule set lifecycle", description = "Live reload, history, rollback and impact preview (changes: LEGAL)")
class RuleSetLifecycleController {

  record InForce(String hash, String profile, String folder, Instant loadedAt, Instant activatedAt, String activatedBy,
      String reason) {}

  record Status(InForce inForce, String workingFolder, boolean watching, RuleSetManager.Attempt lastAttempt,
      RuleSetManager.Attempt lastRejected) {}

  record VersionDetail(RuleSetHistory.Entry version, Map<String, String> files, String diff) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> PREVIEW_FIELDS = Set.of("edits", "communeCode", "year");

  private final RuleSetManager manager;
  private final RuleSetHistory history;
  private final ImpactPreview preview;
  private final RuleSetWatcher watcher;

  RuleSetLifecycleController(RuleSetManager manager, RuleSetHistory history, ImpactPreview preview,
      RuleSetWatcher watcher) {
    this.manager = manager;
    this.history = history;
    this.preview = preview;
    this.watcher = watcher;
  }

  @GetMapping("/status")
  @Operation(summary = "The rule set in force on this instance, and the last attempt to change it (with its problems)")
  Status status() {
    RuleSet r = manager.active().current();
    RuleSetHistory.Entry e = manager.inForceEntry().filter(x -> x.hash().equals(r.hash())).orElse(null);
    return new Status(new InForce(r.hash(), r.profile().id(), r.folder().toString(), r.loadedAt(),
        e == null ? null : e.activatedAt(), e == null ? null : e.activatedBy(), e == null ? null : e.reason()),
        manager.workingFolder().toString(), watcher.watching(), manager.lastAttempt(), manager.lastRejected());
  }

  @PostMapping("/reload")
  @Operation(summary = "Check the working rules folder now and put it in force if it loads and its scenarios pass")
  ResponseEntity<RuleSetManager.Attempt> reload() {
    RuleSetManager.Attempt a = manager.activate(manager.workingFolder(), CurrentUser.name(), "reload");
    return ResponseEntity.status(a.outcome() == RuleSetManager.Outcome.REJECTED ? HttpStatus.UNPROCESSABLE_ENTITY
        : HttpStatus.OK).body(a);
  }

  @GetMapping("/history")
  @Operation(summary = "Every rule set put in force, newest first (the first is the one in force)")
  List<RuleSetHistory.Entry> history() {
    return history.list();
  }

  @GetMapping("/history/{hash}")
  @Operation(summary = "One version: its files and the unified diff from the version before it")
  VersionDetail version(@PathVariable String hash) {
    RuleSetHistory.Entry e = entry(hash);
    return new VersionDetail(e, history.files(e.id()), history.diff(e.id()));
  }

  @PostMapping("/rollback/{hash}")
  @Operation(summary = "Put an earlier version in force again (checked like any change; the working folder is untouched)")
  ResponseEntity<RuleSetManager.Attempt> rollback(@PathVariable String hash) {
    RuleSetManager.Attempt a = manager.rollback(entry(hash), CurrentUser.name());
    return ResponseEntity.status(a.outcome() == RuleSetManager.Outcome.REJECTED ? HttpStatus.UNPROCESSABLE_ENTITY
        : HttpStatus.OK).body(a);
  }

  @PostMapping("/preview")
  @Operation(summary = "Start an impact preview of a candidate (edits over the working folder) on the stored dossiers;"
      + " nothing is stored")
  ResponseEntity<ImpactPreview.Job> preview(@RequestBody(required = false) JsonNode body) {
    ImpactPreview.Request r;
    try {
      body = body == null || body.isNull() ? JSON.createObjectNode() : body;
      body.fieldNames().forEachRemaining(f -> {
        if (!PREVIEW_FIELDS.contains(f)) {
          throw new IllegalArgumentException("unknown field '" + f + "': a candidate is sent as edits (file → text),"
              + " never as a folder of the server");
        }
      });
      r = JSON.treeToValue(body, ImpactPreview.Request.class);
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(preview.start(r));
    } catch (IllegalArgumentException | java.io.UncheckedIOException | JsonProcessingException e) {
      throw ApiException.badRequest("bad-candidate", "The candidate rule set cannot be read", e.getMessage());
    }
  }

  @GetMapping("/preview/{id}")
  @Operation(summary = "Progress of an impact preview (done/total) and, when DONE, old and new totals and grades")
  ImpactPreview.Job previewResult(@PathVariable String id) {
    return preview.find(id).orElseThrow(() -> ApiException.notFound("Preview", id));
  }

  private RuleSetHistory.Entry entry(String hash) {
    return history.find(hash).orElseThrow(() -> ApiException.notFound("Rule set version", hash));
  }
}

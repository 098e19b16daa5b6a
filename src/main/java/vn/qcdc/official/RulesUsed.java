package vn.qcdc.official;

import java.time.Instant;

/**
 * The rule set a result was made with: its hash, since when it was in force (null if the history does not know), and
 * whether it is the rule set in force now.
 */
public record RulesUsed(String hash, Instant since, boolean inForce) {

  /** The first twelve characters of the hash, as pages show it. */
  public String shortHash() {
    return hash.substring(0, Math.min(12, hash.length()));
  }
}

/**
 * Scenario tests that legal staff write in the rules folder: a dossier fragment and the expected outcome, run by
 * JUnit, by the command line ({@code test-rules}) and before a rule set is put in force.
 */
package vn.qcdc.scenario;

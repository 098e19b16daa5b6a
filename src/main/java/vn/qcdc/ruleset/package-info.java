/** The rule set the service evaluates with: loaded once at start-up, held for atomic swaps, shown to legal staff. */
package vn.qcdc.ruleset;

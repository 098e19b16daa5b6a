/**
 * Texts for people that are made where no request (and so no language) is at hand — the scenario runner, the rule-set
 * checks, the CLI — carried as a message key with arguments and written in the reader's language where they are shown.
 */
package vn.qcdc.i18n;

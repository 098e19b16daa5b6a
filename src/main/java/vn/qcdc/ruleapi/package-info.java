/**
 * The vocabulary of rule files: the helpers they call (the {@code law} and {@code checks} globals) and the facts they
 * derive (checks, missing evidence, not-applicable declarations, vetoes, adjustment cases). Rule files may use only
 * this package, the dossier facts and {@code java.time}.
 */
package vn.qcdc.ruleapi;

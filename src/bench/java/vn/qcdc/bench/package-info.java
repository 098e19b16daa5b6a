/**
 * Benchmarks of the evaluation engine (JMH), outside the unit-test run: a synthetic dossier factory, rule-set
 * compile time, evaluation latency and throughput, and heap. Built and run only by the Maven profile {@code bench};
 * see {@code docs/benchmarks.md}.
 */
package vn.qcdc.bench;

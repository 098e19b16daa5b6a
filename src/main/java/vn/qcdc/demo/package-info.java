/**
 * Demo data for newcomers: the example dossier and a dozen generated demo communes over 2023–2025, imported and
 * evaluated at first start, with one demo user per role. Off with {@code qcdc.demo.enabled=false}.
 */
package vn.qcdc.demo;

/**
 * The browser pages (issue #5), server-rendered in Vietnamese (English with {@code ?lang=en}): the chairman's
 * dashboard, findings, dossier upload, history and comparison, appraisal, the province overview and the rule set in
 * force. Controllers only read through the services and repositories of the other features; access per role is in
 * {@code vn.qcdc.security.PageSecurityConfig}, access per commune in {@link vn.qcdc.pages.Results}.
 */
package vn.qcdc.pages;

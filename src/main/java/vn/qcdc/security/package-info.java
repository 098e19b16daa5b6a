/**
 * Who may do what: users in the database with bcrypt passwords under one password policy, five roles, HTTP Basic for
 * the API and a form for the pages, both throttled after wrong passwords; the response headers of every answer; and
 * the refusal to start as root or with a weak first administrator.
 */
package vn.qcdc.security;

/** Who may do what: users in the database with bcrypt passwords, four roles, HTTP Basic for the API. */
package vn.qcdc.security;

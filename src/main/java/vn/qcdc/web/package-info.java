/** Shared web plumbing: errors as RFC 9457 problem details, request size limits, cross-site checks, OpenAPI. */
package vn.qcdc.web;

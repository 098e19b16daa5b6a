/** Reading, validating and binding the JSON evidence dossier (hồ sơ minh chứng), format 1.0. */
package vn.qcdc.dossier;

/** Communes (xã, phường, đặc khu) and the predecessor/successor links of the 2025 reorganisation. */
package vn.qcdc.commune;

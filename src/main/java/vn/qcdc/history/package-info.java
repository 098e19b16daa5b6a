/**
 * A commune's history (with the communes merged into it): each year's state and official result, every evaluation,
 * and two of them compared criterion by criterion with the cause named, only within the commune's lineage.
 */
package vn.qcdc.history;

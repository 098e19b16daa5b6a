/**
 * The commune's dossier as it is built during the year (issue #7): the newest version of a commune's dossier for a
 * year, its sections' completeness and a preview score, the record forms that add, change and delete one record at a
 * time, and the workbook downloaded and uploaded from the pages. Every change is stored as a new dossier version.
 */
package vn.qcdc.workspace;

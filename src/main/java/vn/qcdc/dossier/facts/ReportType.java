package vn.qcdc.dossier.facts;

/** Enumeration {@code ReportType} of the dossier format (section 6). */
public enum ReportType {
  QCDC_DVCQ_SEMIANNUAL,
  QCDC_DVCQ_ANNUAL,
  QCDC_SEMIANNUAL,
  QCDC_ANNUAL,
  DVCQ_SEMIANNUAL,
  DVCQ_ANNUAL,
  CITIZEN_RECEPTION_PERIODIC,
  HUONG_UOC_STATISTICS,
  AD_HOC,
  HDND_DISCLOSURE,
  HDND_PEOPLE_DECIDE,
  HDND_CONSULTATION
}

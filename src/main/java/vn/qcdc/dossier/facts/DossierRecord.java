package vn.qcdc.dossier.facts;

/** A record of a dossier list: it has an id unique within the dossier. */
public interface DossierRecord {

  String id();
}

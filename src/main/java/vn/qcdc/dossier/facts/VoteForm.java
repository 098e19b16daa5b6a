package vn.qcdc.dossier.facts;

/** Enumeration {@code VoteForm} of the dossier format (section 6). */
public enum VoteForm {
  MEETING,
  HOUSEHOLD_BALLOT,
  ONLINE_VOTE
}

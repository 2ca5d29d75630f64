package org.backchannel.history;

/**
 * What a change did. BASELINE is the state a record had before its first recorded change,
 * written for seed data edited before V12 gave every seeded record its first revision (a
 * CREATE by "(seed)"), so that first change still shows what it changed.
 */
public enum ChangeAction {

	BASELINE, CREATE, UPDATE, PUBLISH, DELETE, RESTORE

}

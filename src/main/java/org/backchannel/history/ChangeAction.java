package org.backchannel.history;

/**
 * What a change did. BASELINE is the state a record had before its first recorded change
 * (seed data), so that first change still shows what it changed.
 */
public enum ChangeAction {

	BASELINE, CREATE, UPDATE, PUBLISH, DELETE, RESTORE

}

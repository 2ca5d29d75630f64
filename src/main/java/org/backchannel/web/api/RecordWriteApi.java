package org.backchannel.web.api;

/**
 * A controller of one kind of record's write routes: its changes are checked against the
 * record before their body is read ({@link PreconditionsBeforeBody}).
 */
public interface RecordWriteApi {

	RecordWrites<?, ?> records();

}

/**
 * Watched sources: feeds an admin adds, polled politely by one instance at a time, and
 * the review queue of every item they bring, each read by the report-to-draft assistant.
 */
package org.backchannel.watch;

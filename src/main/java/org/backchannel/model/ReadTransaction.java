package org.backchannel.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A read service's transaction: read-only, and given up after
 * {@code backchannel.reads.timeout} seconds so that no reader holds a connection for
 * long.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, timeoutString = "${backchannel.reads.timeout:5}")
public @interface ReadTransaction {

}

package org.backchannel.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the JSON API or of an export: its errors are answered as problem+json
 * by {@link ApiExceptionHandler}, wherever in {@code web} the controller lives.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ApiController {

	@AliasFor(annotation = RestController.class)
	String value() default "";

}

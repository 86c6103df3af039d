package org.entente.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * A payload field added after events of its type were first published. Consumers read every
 * other field as required (a missing one means a broken record); an event from before this
 * field existed has none, and reads it as null.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
// Jackson's one way to let a single creator property be absent while every other one must be there:
// an optional injection that nothing provides, with the record's own value taken when it is present.
@JacksonInject(optional = OptBoolean.TRUE, useInput = OptBoolean.TRUE)
public @interface AddedLater {
}

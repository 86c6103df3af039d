package org.entente.platform.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.entente.platform.outbox.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Every error leaves as RFC 9457 problem details. Validation failures list each field with
 * the rule it broke, so a client can point at the input to fix; nothing leaks a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** How values Jackson reads from text are written, for the types the APIs use. */
    private static final Map<Class<?>, String> TEXT_FORMS = Map.of(
            LocalDate.class, "a real date as YYYY-MM-DD (e.g. 2026-01-31)",
            LocalTime.class, "a time as HH:MM (e.g. 09:30)",
            LocalDateTime.class, "a date and time as YYYY-MM-DDTHH:MM:SS (e.g. 2026-01-31T09:30:00)",
            Instant.class, "an instant as YYYY-MM-DDTHH:MM:SSZ (e.g. 2026-01-31T09:30:00Z)",
            OffsetDateTime.class, "a date and time with offset (e.g. 2026-01-31T09:30:00+01:00)",
            ZonedDateTime.class, "a date and time with offset (e.g. 2026-01-31T09:30:00+01:00)",
            YearMonth.class, "a month as YYYY-MM (e.g. 2026-01)",
            Duration.class, "an ISO-8601 duration (e.g. PT10S)",
            ZoneId.class, "a time zone (e.g. Europe/Paris)",
            UUID.class, "a UUID");

    private final String maxFileSize;

    /** The upload limit is Spring's own setting, read where Spring reads it, so the message names the limit in force. */
    public ProblemDetailsAdvice(MultipartProperties multipart) {
        this.maxFileSize = readable(multipart.getMaxFileSize());
    }

    /** 20MB rather than DataSize's 20971520B. */
    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        return bytes % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + "MB"
                : bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + "KB" : bytes + "B";
    }

    /** One invalid input: where it is (a JSON path such as {@code parties[0].country}) and what rule it broke. */
    public record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        body.setTitle(e.title());
        if (!e.properties().isEmpty()) {
            body.setProperties(e.properties());
        }
        return ResponseEntity.status(e.status()).body(body);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException e) {
        return problem(IfMatch.stale());
    }

    /** JSON a controller read itself (a merged patch) that does not fit the request. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> unreadable(JacksonException e) {
        if (!e.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(path(e), typeMessage(e))));
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request cannot be read: "
                + e.getOriginalMessage());
        body.setTitle("Invalid request");
        return ResponseEntity.badRequest().body(body);
    }

    /** An upload that cannot be parsed: cut off, without a boundary, or with a header Tomcat refuses (a NUL). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        log.debug("Unreadable multipart request: {}", e.getMessage());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The multipart body cannot be read (cut off, without a boundary, or with a malformed part header).");
        body.setTitle("Malformed multipart request");
        return ResponseEntity.badRequest().body(body);
    }

    /** A form body or query parameter Tomcat cannot decode, asked for after the platform's filter checked the query string. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e) {
        log.debug("Undecodable request parameter: {}", e.getMessage());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "A request parameter is not percent-encoded UTF-8.");
        body.setTitle("Invalid request");
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "This resource already exists.");
        body.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged.");
        body.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), message(error)))
                .toList());
    }

    /** A constrained query or path parameter ({@code @Size} on a {@code @RequestParam}, say): named like a body field. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        parameterName(result), error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The file is larger than the " + maxFileSize + " accepted.");
        body.setTitle("File too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return invalid(List.of(new FieldProblem(field, "cannot be read from " + describe(e.getValue())
                + "; expected " + typeName(e.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Jackson's own exception, not the deepest cause: a date Jackson cannot convert has a
        // DateTimeParseException below it, which knows nothing of the field.
        JacksonException cause = jacksonCause(e);
        if (cause instanceof StreamReadException malformed && !(cause instanceof MismatchedInputException)) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body is not valid JSON: " + malformed.getOriginalMessage());
            body.setTitle("Malformed JSON");
            return ResponseEntity.badRequest().body(body);
        }
        if (cause != null && !cause.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(path(cause), typeMessage(cause))));
        }
        if (cause instanceof ValueInstantiationException) {
            return invalid(List.of(new FieldProblem("body", typeMessage(cause)))); // the whole body broke a rule
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or cannot be read as JSON.");
        body.setTitle("Unreadable request body");
        return ResponseEntity.badRequest().body(body);
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        return problem(ProblemException.invalid(errors));
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String parameterName(ParameterValidationResult result) {
        MethodParameter parameter = result.getMethodParameter();
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
        return result.getContainerIndex() == null ? name : name + "[" + result.getContainerIndex() + "]";
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String typeMessage(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "cannot be read from " + describe(invalid.getValue()) + "; expected " + typeName(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "has the wrong type; expected " + typeName(mismatched.getTargetType());
        }
        if (e instanceof ValueInstantiationException refused && refused.getCause() instanceof IllegalArgumentException rule
                && rule.getMessage() != null) {
            return "is invalid: " + rule.getMessage();
        }
        return "is invalid";
    }

    private static String describe(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        String form = TEXT_FORMS.get(type);
        return form != null ? form : "a " + type.getSimpleName();
    }

    /** Jackson's path as the client wrote it: {@code parties[0].country}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

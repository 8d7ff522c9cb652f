package org.jsis.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Answers bad input to any {@code @RestController} in JSIS with RFC 9457 {@code application/problem+json}:
 * the {@code detail} names the offending parameter or field and the expected form, and the
 * {@code errors} member lists each one as an {@link InputError}. Every module's REST controllers get
 * this for free. Console pages ({@code @Controller}) are not covered: a browser gets the console's
 * error page ({@code templates/error.html}) instead, and a form shows its own validation messages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final URI INVALID_INPUT = URI.create("urn:jsis:problem:invalid-input");

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleInvalidParameter(InvalidParameterException ex, WebRequest request) {
        return badRequest(ex, List.of(ex.inputError()), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<InputError> errors = ex.getConstraintViolations().stream()
                .map(v -> InputError.constraint(
                        "query", lastNode(v.getPropertyPath().toString()), v.getMessage(), v.getInvalidValue()))
                .toList();
        return badRequest(ex, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : ex.getPropertyName() != null ? ex.getPropertyName() : "value";
        String in = ex instanceof MethodArgumentTypeMismatchException m && isPathVariable(m.getParameter())
                ? "path"
                : "query";
        return badRequest(
                ex, List.of(InputError.form(in, name, ExpectedForms.of(ex.getRequiredType()), ex.getValue())), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String expected = ExpectedForms.of(
                ex.getMethodParameter() != null ? ex.getMethodParameter().getNestedParameterType() : null);
        return badRequest(ex, List.of(InputError.form("query", ex.getParameterName(), expected, null)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(
            MissingPathVariableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String expected = ExpectedForms.of(ex.getParameter().getNestedParameterType());
        return badRequest(ex, List.of(InputError.form("path", ex.getVariableName(), expected, null)), request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (ex instanceof MissingRequestHeaderException h) {
            String expected = ExpectedForms.of(h.getParameter().getNestedParameterType());
            return badRequest(ex, List.of(InputError.form("header", h.getHeaderName(), expected, null)), request);
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputError> errors = new ArrayList<>();
        for (FieldError f : ex.getBindingResult().getFieldErrors()) {
            errors.add(InputError.constraint("body", f.getField(), describe(f), f.getRejectedValue()));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(InputError.constraint("body", g.getObjectName(), describe(g), null)));
        return badRequest(ex, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            String in = result.getMethodParameter()
                            .hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
                    ? "body"
                    : isPathVariable(result.getMethodParameter()) ? "path" : "query";
            String expected = result.getResolvableErrors().stream()
                    .map(ApiExceptionHandler::describe)
                    .collect(Collectors.joining("; "));
            errors.add(InputError.constraint(in, name == null ? "value" : name, expected, result.getArgument()));
        });
        return badRequest(ex, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        while (cause != null && !(cause instanceof JacksonException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        InputError error;
        if (cause instanceof UnrecognizedPropertyException u) {
            error = InputError.constraint(
                    "body", path(u), "is not a known field; known fields are " + u.getKnownPropertyIds(), null);
        } else if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            error = InputError.form("body", path(m), ExpectedForms.of(m.getTargetType()), null);
        } else if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
            error = InputError.form("body", path(j), "well-formed JSON", null);
        } else {
            error = InputError.form("body", "body", "a well-formed JSON document", null);
        }
        return badRequest(ex, List.of(error), request);
    }

    private ResponseEntity<Object> badRequest(Exception ex, List<InputError> errors, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setDetail(errors.stream().map(InputError::message).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    private static String describe(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return message == null ? "valid" : message;
    }

    private static boolean isPathVariable(org.springframework.core.MethodParameter p) {
        return p.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
    }

    private static String path(JacksonException ex) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String lastNode(@Nullable String propertyPath) {
        if (propertyPath == null || propertyPath.isEmpty()) {
            return "value";
        }
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}

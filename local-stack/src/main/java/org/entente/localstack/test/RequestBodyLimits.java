package org.entente.localstack.test;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finds the strings, lists and maps a request body can carry without a length limit, so a
 * field added later without {@code @Size} fails a test instead of taking a megabyte of text
 * into a document. {@code @Size} counts, or a constraint composed with it; a string whose
 * {@code @Pattern} has no open-ended repetition (say {@code [a-z]{2}}) is bounded by it.
 */
public final class RequestBodyLimits {

    /** *, + or {n,}: a pattern with one of these accepts strings of any length. */
    private static final Pattern OPEN_ENDED = Pattern.compile("[*+]|\\{\\d+,}");

    private RequestBodyLimits() {
    }

    /** Paths such as {@code AgreementRequest.parties[].signatory.title}, for every controller in the package. */
    public static List<String> unboundedIn(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        TreeSet<String> unbounded = new TreeSet<>();
        int bodies = 0;
        for (BeanDefinition controller : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(Objects.requireNonNull(controller.getBeanClassName()), null);
            for (Method method : type.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        unbounded.addAll(unboundedIn(parameter.getType()));
                        bodies++;
                    }
                }
            }
        }
        if (bodies == 0) {
            // A wrong package would otherwise find nothing to check, and pass.
            throw new IllegalArgumentException("no controller in " + basePackage + " takes a request body");
        }
        return List.copyOf(unbounded);
    }

    /** The unbounded paths of one request body type. */
    public static List<String> unboundedIn(Class<?> body) {
        List<String> unbounded = new ArrayList<>();
        if (body.isRecord()) {
            visitRecord(body, body.getSimpleName(), unbounded);
        }
        unbounded.sort(Comparator.naturalOrder());
        return unbounded;
    }

    private static void visitRecord(Class<?> record, String path, List<String> unbounded) {
        for (RecordComponent component : record.getRecordComponents()) {
            AnnotatedElement field = declaredField(record, component.getName());
            visit(component.getAnnotatedType(), field, path + "." + component.getName(), unbounded);
        }
    }

    /** A value's type, with the field that declares it (annotations may sit on either). */
    private static void visit(AnnotatedType annotated, AnnotatedElement declaration, String path, List<String> unbounded) {
        Class<?> type = rawType(annotated);
        if (type == String.class) {
            if (!hasSize(annotated, declaration) && !boundedByPattern(annotated, declaration)) {
                unbounded.add(path);
            }
        } else if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray()) {
            if (!hasSize(annotated, declaration)) {
                unbounded.add(path);
            }
            if (annotated instanceof AnnotatedParameterizedType parameterized) {
                AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
                boolean isMap = Map.class.isAssignableFrom(type);
                for (int i = 0; i < arguments.length; i++) {
                    String element = isMap ? (i == 0 ? path + "{key}" : path + "{value}") : path + "[]";
                    visit(arguments[i], null, element, unbounded);
                }
            }
        } else if (type.isRecord() && type.getPackageName().startsWith("org.entente")) {
            visitRecord(type, path, unbounded);
        }
    }

    /** {@code @Size} itself, or a constraint composed with it (such as a country code). */
    private static boolean hasSize(AnnotatedType annotated, AnnotatedElement declaration) {
        List<Annotation> annotations = new ArrayList<>(List.of(annotated.getAnnotations()));
        if (declaration != null) {
            annotations.addAll(List.of(declaration.getAnnotations()));
        }
        return annotations.stream().anyMatch(annotation -> annotation instanceof Size
                || annotation.annotationType().isAnnotationPresent(Size.class));
    }

    private static boolean boundedByPattern(AnnotatedType annotated, AnnotatedElement declaration) {
        jakarta.validation.constraints.Pattern pattern = annotated.getAnnotation(jakarta.validation.constraints.Pattern.class);
        if (pattern == null && declaration != null) {
            pattern = declaration.getAnnotation(jakarta.validation.constraints.Pattern.class);
        }
        return pattern != null && !OPEN_ENDED.matcher(pattern.regexp()).find();
    }

    private static Class<?> rawType(AnnotatedType annotated) {
        if (annotated.getType() instanceof Class<?> type) {
            return type;
        }
        if (annotated instanceof AnnotatedParameterizedType parameterized
                && parameterized.getType() instanceof java.lang.reflect.ParameterizedType generic) {
            return (Class<?>) generic.getRawType();
        }
        return Object.class;
    }

    private static AnnotatedElement declaredField(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}

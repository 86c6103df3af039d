package org.entente.platform.web;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Turns {@code page}, {@code size} and {@code sort=field,asc|desc} into a page request,
 * refusing what would surprise: a size over 100, a sort on a field that is not offered.
 */
public final class Paging {

    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static PageRequest of(int page, int size, String sort, Set<String> sortable, Sort fallback) {
        if (page < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size, sort == null || sort.isBlank() ? fallback : sort(sort, sortable));
    }

    private static Sort sort(String sort, Set<String> sortable) {
        String[] parts = sort.split(",");
        String field = parts[0].trim();
        if (!sortable.contains(field)) {
            throw ProblemException.badRequest("sort", "must be one of " + new java.util.TreeSet<>(sortable)
                    + ", optionally followed by ,asc or ,desc");
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length > 1) {
            direction = Sort.Direction.fromOptionalString(parts[1].trim())
                    .orElseThrow(() -> ProblemException.badRequest("sort", "direction must be asc or desc"));
        }
        return Sort.by(direction, field);
    }
}

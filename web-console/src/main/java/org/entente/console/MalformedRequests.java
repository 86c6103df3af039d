package org.entente.console;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * A request the console cannot read (a query string that is not percent-encoded UTF-8, a
 * multipart body cut off, without a boundary or naming a file with a NUL) gets the 400 error page, logged as one line at
 * debug. Tomcat decodes parameters when someone first asks for one, and that may be any filter
 * of the security chain, signed in or not; so this wraps them all rather than each page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!unreadable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
            response.reset();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** Whether the failure, or what caused it, is the request being unreadable rather than a fault of ours. */
    private static boolean unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException || cause instanceof MultipartException
                    || cause instanceof InvalidFileNameException) {
                return true;
            }
        }
        return false;
    }
}

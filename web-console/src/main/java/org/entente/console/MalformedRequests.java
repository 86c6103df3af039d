package org.entente.console;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * A request the console cannot read (a query string that is not percent-encoded UTF-8, a
 * multipart body cut off or without a boundary) gets the 400 error page, logged as one line at
 * debug. Tomcat decodes parameters when someone first asks for one, and that may be any filter
 * of the security chain, signed in or not (the CSRF check reads the form's token), and it throws
 * its parser's own IOException for a broken multipart body; so this wraps them all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);
    private static final String REFUSED = MalformedRequests.class.getName() + ".refused";

    /** The error page of a refused request passes here too, to be kept from reading its body again. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(REFUSED) != null) {
            // Tomcat throws the same parse failure at whoever asks again, the error page included.
            chain.doFilter(new WithoutParameters(request), response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!unreadable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.reset();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** Whether the failure, or what caused it, is the request being unreadable rather than a fault of ours. */
    private static boolean unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Tomcat's upload parser throws its own types (a stream cut off, a file name holding NUL...).
            boolean uploadParser = cause.getClass().getPackageName().startsWith(FileUploadException.class.getPackageName());
            if (cause instanceof InvalidParameterException || cause instanceof MultipartException || uploadParser) {
                return true;
            }
        }
        return false;
    }

    /** The refused request as its error page sees it: no parameters and no parts. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}

package org.entente.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a JSON (non-multipart) body larger than {@code entente.http.max-body-size} with a
 * 413 problem before anything reads it. Uploads have their own limit (multipart settings).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final DataSize maxBodySize;
    private final JsonMapper json;

    public RequestSizeLimitFilter(DataSize maxBodySize, JsonMapper json) {
        this.maxBodySize = maxBodySize;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBodySize.toBytes()) {
            ProblemResponses.write(response, json, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                    "The body has " + length + " bytes; at most " + maxBodySize.toBytes() + " are accepted.");
            return;
        }
        if (length < 0 && request.getInputStream() != null && hasBody(request)) {
            // No declared length (chunked): read up to the limit to know.
            byte[] body = request.getInputStream().readNBytes((int) maxBodySize.toBytes() + 1);
            if (body.length > maxBodySize.toBytes()) {
                ProblemResponses.write(response, json, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                        "The body is larger than the " + maxBodySize.toBytes() + " bytes accepted.");
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    }
}

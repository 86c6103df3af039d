package org.entente.platform.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, with a 400 problem, a request whose parameters cannot be decoded: a query string
 * that is not percent-encoded UTF-8 ({@code ?q=%zz}, {@code ?page=%FF}). Tomcat decodes
 * parameters only when someone first asks for one, and then throws; that someone may be a
 * security filter or a controller, anonymous or not, and the exception became a 500 with a
 * stack trace. This filter runs before all of them and checks the query string itself; a
 * form body that fails to decode later is caught here too.
 */
public class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    private final JsonMapper json;

    public MalformedRequestFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = queryStringProblem(request.getQueryString());
        if (problem != null) {
            refuse(request, response, "The query string " + problem + ".");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (InvalidParameterException undecodable) {
            if (response.isCommitted()) {
                throw undecodable;
            }
            response.reset();
            refuse(request, response, "A request parameter is not percent-encoded UTF-8.");
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), detail);
        ProblemResponses.write(response, json, HttpStatus.BAD_REQUEST, "Invalid request", detail);
    }

    /** Null when every {@code %} is followed by two hex digits and the decoded bytes are UTF-8, else what is wrong. */
    static String queryStringProblem(String query) {
        if (query == null || query.indexOf('%') < 0 && query.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(query.length() * 3);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || !HexFormat.isHexDigit(query.charAt(i + 1))
                        || !HexFormat.isHexDigit(query.charAt(i + 2))) {
                    return "has a '%' not followed by two hexadecimal digits at character " + (i + 1);
                }
                bytes.put((byte) HexFormat.fromHexDigits(query, i + 1, i + 3));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
            return null;
        } catch (CharacterCodingException e) {
            return "does not decode as UTF-8";
        }
    }
}

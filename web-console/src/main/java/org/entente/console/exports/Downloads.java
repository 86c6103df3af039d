package org.entente.console.exports;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/**
 * A file a service makes (an export, a template), streamed through to the browser as it comes:
 * the console holds none of it in memory. A service's refusal becomes the console's error page
 * for that status.
 */
@Component
public class Downloads {

    private static final List<String> PASSED_ON = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION,
            HttpHeaders.CONTENT_LENGTH);

    public void stream(RestClient.RequestHeadersSpec<?> request, HttpServletResponse response) {
        request.exchange((sent, answer) -> {
            if (answer.getStatusCode().isError()) {
                response.sendError(answer.getStatusCode().value());
                return null;
            }
            response.setStatus(answer.getStatusCode().value());
            PASSED_ON.forEach(name -> {
                String value = answer.getHeaders().getFirst(name);
                if (value != null) {
                    response.setHeader(name, value);
                }
            });
            StreamUtils.copy(answer.getBody(), response.getOutputStream());
            return null;
        });
    }
}

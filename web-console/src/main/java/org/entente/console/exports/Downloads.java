package org.entente.console.exports;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.console.form.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;

/**
 * A file a service makes (an export, a template), streamed through to the browser as it comes:
 * the console holds none of it in memory. A service's refusal becomes the console's error page
 * for that status, or, where the page can say why, is handed back.
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
            passOn(answer, response);
            return null;
        });
    }

    /**
     * As {@link #stream}, but a refusal (4xx) is returned with its problem details for the page to
     * say why, and nothing is written to the response; null when the file was streamed.
     */
    public Problem streamUnlessRefused(RestClient.RequestHeadersSpec<?> request, HttpServletResponse response) {
        return request.exchange((sent, answer) -> {
            if (answer.getStatusCode().is4xxClientError()) {
                Problem body = null;
                try {
                    body = answer.bodyTo(Problem.class);
                } catch (RuntimeException unreadable) {
                    // Not problem details: the status alone must do.
                }
                int status = answer.getStatusCode().value();
                return body == null ? new Problem(status, answer.getStatusText(), null, List.of())
                        : new Problem(status, body.title(), body.detail(), body.errors());
            }
            if (answer.getStatusCode().isError()) {
                response.sendError(answer.getStatusCode().value());
                return null;
            }
            passOn(answer, response);
            return null;
        });
    }

    private static void passOn(ConvertibleClientHttpResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getStatusCode().value());
        PASSED_ON.forEach(name -> {
            String value = answer.getHeaders().getFirst(name);
            if (value != null) {
                response.setHeader(name, value);
            }
        });
        StreamUtils.copy(answer.getBody(), response.getOutputStream());
    }
}

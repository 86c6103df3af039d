package org.entente.platform.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat refuses some requests before any servlet sees them (an encoded slash or a NUL in
 * the path, say) and would answer with its own HTML page. This valve writes a problem
 * instead, so every refusal has the shape clients expect. Errors that already have a body
 * (everything Spring answers) are left alone.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;

    public ProblemErrorReportValve(JsonMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status == null || !status.isError() || response.getContentWritten() > 0 || response.isCommitted()) {
            super.report(request, response, throwable);
            return;
        }
        try {
            ProblemResponses.write(response, json, status, status.getReasonPhrase(),
                    "The web server refused the request before it reached the service (a malformed path or header).");
        } catch (IOException | IllegalStateException clientGoneOrBodyStarted) {
            // Nothing more can be said to this client.
        }
    }
}

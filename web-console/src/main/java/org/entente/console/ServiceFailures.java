package org.entente.console;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.console.form.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

/**
 * What a page shows when a service refuses (403, 404: shown, never hidden) or does not answer:
 * a page in the user's language saying so, never a stack trace or a blank screen.
 */
@ControllerAdvice
class ServiceFailures {

    private static final Logger log = LoggerFactory.getLogger(ServiceFailures.class);

    private final Services services;

    ServiceFailures(Services services) {
        this.services = services;
    }

    @ExceptionHandler(RestClientResponseException.class)
    String refused(RestClientResponseException refusal, Model model, HttpServletResponse response) {
        Problem problem = Problem.of(refusal);
        int status = problem.status() == 401 ? HttpStatus.FORBIDDEN.value() : problem.status();
        response.setStatus(status >= 500 ? HttpStatus.BAD_GATEWAY.value() : status);
        model.addAttribute("problem", problem);
        model.addAttribute("kind", switch (problem.status()) {
            case 401, 403 -> "forbidden";
            case 404 -> "notFound";
            default -> problem.status() >= 500 ? "failed" : "refused";
        });
        return "failure/refused";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unavailable(ResourceAccessException failure, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        String service = services.nameIn(failure.getMessage());
        // The user reads which service; whoever runs the console needs to know too, and why.
        log.warn("{} did not answer: {}", service, failure.getMessage());
        model.addAttribute("service", service);
        return "failure/unavailable";
    }
}

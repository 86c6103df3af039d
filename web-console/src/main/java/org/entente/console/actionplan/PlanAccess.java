package org.entente.console.actionplan;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether every page links to the action plans: actions-service lets staff, managers and administrators read them. */
@ControllerAdvice
class PlanAccess {

    @ModelAttribute("plansReadable")
    boolean plansReadable(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(authority ->
                authority.getAuthority().equals("ROLE_STAFF") || authority.getAuthority().equals("ROLE_MANAGER")
                        || authority.getAuthority().equals("ROLE_ADMIN"));
    }
}

package org.entente.console;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sign-in and signed-out pages, and who is signed in, for every page's header. */
@Controller
@ControllerAdvice
class SignInPage {

    /** The local issuer's demo users (README, Tokens); listed on the sign-in page of a local run only. */
    record DemoUser(String username, String role) {
    }

    private static final List<DemoUser> DEMO_USERS = List.of(new DemoUser("claire", "STAFF"),
            new DemoUser("marc", "MANAGER"), new DemoUser("aigerim", "STAKEHOLDER"), new DemoUser("admin", "ADMIN"),
            new DemoUser("lea", "APPROVER"), new DemoUser("daniel", "APPROVER"));

    private final ConsoleProperties properties;

    SignInPage(ConsoleProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("demoUsers", properties.demoUsersShown() ? DEMO_USERS : List.of());
        return "sign-in";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }

    /** The signed-in user's display name, or null on the public pages. */
    @ModelAttribute("userName")
    String userName(@AuthenticationPrincipal OidcUser user) {
        if (user == null) {
            return null;
        }
        return user.getFullName() != null ? user.getFullName() : user.getSubject();
    }

    /** The signed-in user's subject, which a review step may name as its approver. */
    @ModelAttribute("subject")
    String subject(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : user.getSubject();
    }

    /** Whether the signed-in user holds the approver role (a step may also name them as a user). */
    @ModelAttribute("approver")
    boolean approver(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_APPROVER"));
    }

    /**
     * Whether to link to the register, organizations, delegations and agreement pages: agreements-service
     * lets staff, managers, approvers and administrators read them (a stakeholder only gets 403s there).
     */
    @ModelAttribute("registerReadable")
    boolean registerReadable(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> List.of("ROLE_STAFF", "ROLE_MANAGER", "ROLE_APPROVER", "ROLE_ADMIN")
                        .contains(authority.getAuthority()));
    }

    /** Whether to show write buttons: the services decide, the console only hides what a role may not do. */
    @ModelAttribute("canWrite")
    boolean canWrite(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_STAFF")
                        || authority.getAuthority().equals("ROLE_ADMIN"));
    }
}

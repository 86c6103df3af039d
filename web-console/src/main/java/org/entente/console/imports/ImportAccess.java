package org.entente.console.imports;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether every page links to the imports: the user's roles may import some kind. */
@ControllerAdvice
class ImportAccess {

    @ModelAttribute("importsOffered")
    boolean importsOffered(Authentication user) {
        return !ImportKind.offeredTo(user).isEmpty();
    }
}

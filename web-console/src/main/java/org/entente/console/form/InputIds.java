package org.entente.console.form;

import org.springframework.stereotype.Component;

/** {@link FormErrors#inputId} for templates ({@code @inputIds.of(name)}), which may not call static methods. */
@Component("inputIds")
public class InputIds {

    public String of(String field) {
        return FormErrors.inputId(field);
    }
}

package org.entente.actions.agreement;

/** The replica does not know an agreement and agreements-service could not be asked: try again shortly. */
public class AgreementsUnavailableException extends RuntimeException {

    private final String agreementId;

    public AgreementsUnavailableException(String agreementId) {
        super("Agreement " + agreementId + " is not known here yet and agreements-service could not be reached; "
                + "retry in a few seconds.");
        this.agreementId = agreementId;
    }

    public String agreementId() {
        return agreementId;
    }
}

package org.entente.console.agreement;

import java.util.List;
import java.util.Map;

/**
 * The lifecycle moves to offer as buttons, and what each asks for. agreements-service does not
 * yet say which moves its lifecycle allows from a status, so this mirrors its documented
 * diagram; the service still decides, and its refusal (409/422) is shown beside the button.
 */
final class Lifecycle {

    /** A move: the status it leads to (or {@code RENEW}) and the inputs it needs. */
    record Move(String to, boolean needsDate, boolean needsPlace, boolean needsReason, boolean needsExpiry) {

        String path() {
            return to.equals(RENEW) ? "/api/agreements/{id}/renewals" : "/api/agreements/{id}/status";
        }
    }

    static final String RENEW = "RENEW";

    private static final Move NEGOTIATE = new Move("NEGOTIATION", false, false, false, false);
    private static final Move SIGN = new Move("SIGNED", true, true, false, false);
    private static final Move ENTER_INTO_FORCE = new Move("ACTIVE", true, false, false, false);
    private static final Move SUSPEND = new Move("SUSPENDED", false, false, true, false);
    private static final Move RESUME = new Move("ACTIVE", false, false, false, false);
    private static final Move TERMINATE = new Move("TERMINATED", false, false, true, false);
    private static final Move ABANDON = new Move("ABANDONED", false, false, true, false);
    private static final Move RENEWAL = new Move(RENEW, false, false, false, true);

    private static final Map<String, List<Move>> FROM = Map.of(
            "DRAFT", List.of(NEGOTIATE, ABANDON),
            "NEGOTIATION", List.of(SIGN, ABANDON),
            "SIGNED", List.of(ENTER_INTO_FORCE),
            "ACTIVE", List.of(SUSPEND, TERMINATE, RENEWAL),
            "SUSPENDED", List.of(RESUME, TERMINATE),
            "EXPIRED", List.of(RENEWAL));

    private Lifecycle() {
    }

    static List<Move> from(String status) {
        return FROM.getOrDefault(status, List.of());
    }

    static Move move(String status, String to) {
        return from(status).stream().filter(move -> move.to().equals(to)).findFirst().orElse(null);
    }
}

package org.entente.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady write load on agreements-service: at a fixed rate, half the writes register a
 * new agreement, half edit one registered earlier (with the ETag it returned). Each 2xx is
 * remembered with its agreement id, version and time, to find its timeline entry later.
 */
final class AgreementWriteLoad {

    /** A write that succeeded: which agreement version it produced, and when the 2xx came back. */
    record Acknowledged(String agreementId, long version, Instant at) {
    }

    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\",\"version\":(\\d+)");

    private final Http http = new Http();
    private final String api;
    private final List<Acknowledged> acknowledged = new ArrayList<>();
    private final ConcurrentLinkedQueue<String[]> idle = new ConcurrentLinkedQueue<>();

    AgreementWriteLoad(String agreementsUrl) {
        this.api = agreementsUrl + "/api";
    }

    List<Acknowledged> acknowledged() {
        return acknowledged;
    }

    SteadyLoad.Result run(int ratePerSecond, Duration duration) throws InterruptedException {
        return SteadyLoad.run(ratePerSecond, duration, writes());
    }

    /** The same writes from {@code clients} clients as fast as they are answered: the service's ceiling. */
    SteadyLoad.Result saturate(int clients, Duration duration) throws InterruptedException {
        return SteadyLoad.saturate(clients, duration, writes());
    }

    private java.util.function.IntFunction<Http.Answer> writes() {
        String french = organization("FR");
        String kazakh = organization("KZ");
        return n -> {
            String[] lane = n % 2 == 0 ? null : idle.poll();
            return lane == null ? register(french, kazakh) : edit(lane, n);
        };
    }

    private Http.Answer register(String french, String kazakh) {
        String code = "BENCH-" + UUID.randomUUID();
        Http.Answer answer = http.send("POST", api + "/agreements", """
                {"code": "%s", "kind": "MOU", "title": {"fr": "Banc d'essai", "en": "Benchmark"},
                 "parties": [{"organizationId": "%s", "role": "SIGNATORY"}, {"organizationId": "%s", "role": "PARTNER"}]}
                """.formatted(code, french, kazakh), null);
        return acknowledge(answer);
    }

    private Http.Answer edit(String[] lane, int n) {
        return acknowledge(http.send("PATCH", api + "/agreements/" + lane[0], "{\"summary\": \"edit " + n + "\"}", lane[1]));
    }

    /** Remembers a 2xx with the version it produced, and its agreement for a later edit. */
    private Http.Answer acknowledge(Http.Answer answer) {
        Matcher matcher = ID.matcher(answer.body());
        if (answer.status() / 100 != 2 || !matcher.find()) {
            return answer;
        }
        String id = matcher.group(1);
        synchronized (acknowledged) {
            acknowledged.add(new Acknowledged(id, Long.parseLong(matcher.group(2)), Instant.now()));
        }
        idle.add(new String[] {id, answer.etag()});
        return answer;
    }

    private String organization(String country) {
        Http.Answer answer = http.send("POST", api + "/organizations", """
                {"name": "Benchmark %s %s", "country": "%s", "type": "OTHER"}
                """.formatted(country, UUID.randomUUID(), country), null);
        Matcher matcher = ID.matcher(answer.body());
        if (!matcher.find()) {
            throw new IllegalStateException("could not register an organization: " + answer.status() + " " + answer.body());
        }
        return matcher.group(1);
    }
}

package org.entente.actions.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.actions.action.ActionItem;
import org.entente.actions.action.ActionQueries;
import org.entente.actions.action.ActionRecords.IndicatorValue;
import org.entente.actions.action.ActionRequest;
import org.entente.actions.action.ActionStatus;
import org.entente.actions.action.AddingActionItem;
import org.entente.actions.action.MovingActionItem;
import org.entente.actions.action.RecordingProgress;
import org.entente.actions.agreement.AgreementDirectory;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.web.RequestValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo action plans through the same use cases as the API, so they produce the same
 * events a user would; the demo actor is the system. Runs when {@code entente.demo.enabled=true}. The agreements come from agreements-service's
 * own demo load, through its events: the loader waits (in the background, bounded) until the
 * replica knows their codes. Loading twice changes nothing: an item whose reference is already
 * in its plan is left alone.
 */
@Component
@ConditionalOnBooleanProperty("entente.demo.enabled")
@EnableConfigurationProperties(DemoSettings.class)
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    /** What one load created. */
    record Loaded(int items, int plansMissing) {
    }

    private final AgreementDirectory agreements;
    private final ActionQueries actions;
    private final AddingActionItem adding;
    private final MovingActionItem moving;
    private final RecordingProgress recording;
    private final RequestValidator validator;
    private final JsonMapper json;
    private final Duration wait;
    private final Clock clock;

    DemoData(AgreementDirectory agreements, ActionQueries actions, AddingActionItem adding, MovingActionItem moving,
             RecordingProgress recording, RequestValidator validator, JsonMapper json, Clock clock,
             DemoSettings settings) {
        this.agreements = agreements;
        this.actions = actions;
        this.adding = adding;
        this.moving = moving;
        this.recording = recording;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
        this.wait = settings.agreementsWait();
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        // The agreements may take a while to arrive: wait off the startup thread, so the service is ready meanwhile.
        Thread loader = new Thread(() -> {
            try {
                Loaded loaded = load(awaitAgreements());
                log.info("Demo data: {} action item(s) created; {} plan(s) skipped, their agreement unknown",
                        loaded.items(), loaded.plansMissing());
            } catch (RuntimeException e) {
                log.error("Demo data could not be loaded", e);
            }
        }, "demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    /** The demo agreements' ids by code, as soon as the replica knows all of them or the wait is over. */
    Map<String, String> awaitAgreements() {
        Instant deadline = clock.instant().plus(wait);
        Map<String, String> ids = new LinkedHashMap<>();
        while (true) {
            for (DemoSet.DemoPlan plan : DemoSet.PLANS) {
                agreements.findByCode(plan.agreementCode()).map(AgreementReplica::id)
                        .ifPresent(id -> ids.put(plan.agreementCode(), id));
            }
            if (ids.size() == DemoSet.PLANS.size() || clock.instant().isAfter(deadline)) {
                return ids;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ids;
            }
        }
    }

    Loaded load(Map<String, String> agreementIds) {
        int created = 0;
        int missing = 0;
        for (DemoSet.DemoPlan plan : DemoSet.PLANS) {
            String agreementId = agreementIds.get(plan.agreementCode());
            if (agreementId == null) {
                missing++;
                log.warn("Demo data: agreement {} is not known here; its action plan is skipped", plan.agreementCode());
                continue;
            }
            Map<String, String> idsByReference = new HashMap<>();
            actions.ofAgreement(agreementId).forEach(item -> idsByReference.put(item.details().reference(), item.id()));
            Set<String> before = new HashSet<>(idsByReference.keySet());
            for (DemoSet.DemoItem demo : plan.items()) {
                if (before.contains(demo.reference())) {
                    continue;
                }
                Map<String, Object> body = new HashMap<>(demo.body());
                body.put("reference", demo.reference());
                body.put("dependsOn", demo.dependsOnReferences().stream().map(idsByReference::get).toList());
                ActionItem item = adding.add(agreementId, validator.validate(json.convertValue(body, ActionRequest.class)));
                idsByReference.put(demo.reference(), item.id());
                created++;
                for (DemoSet.Step step : demo.steps()) {
                    take(item.id(), step);
                }
            }
        }
        return new Loaded(created, missing);
    }

    /** A step of the demo story: a move in the workflow, or a progress entry. */
    @SuppressWarnings("unchecked")
    private void take(String id, DemoSet.Step step) {
        Map<String, Object> body = step.body();
        if (step.path().equals("/status")) {
            moving.move(id, null, ActionStatus.valueOf((String) body.get("status")), null, null);
            return;
        }
        List<IndicatorValue> values = ((List<Map<String, Object>>) body.get("indicatorValues")).stream()
                .map(value -> new IndicatorValue((String) value.get("name"), ((Number) value.get("value")).doubleValue()))
                .toList();
        recording.record(id, null, new RecordingProgress.Report((String) body.get("note"),
                (Integer) body.get("percentComplete"), values, (List<String>) body.get("milestonesReached")));
    }
}

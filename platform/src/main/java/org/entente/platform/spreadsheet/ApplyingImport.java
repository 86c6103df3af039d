package org.entente.platform.spreadsheet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.entente.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Applies a confirmed import in the background, in file order, each row through the service's
 * use cases as the importing user, so every row makes the events their own request would. Rows
 * are planned again just before their writes, a batch at a time (one row at a time for a kind
 * whose rows are not {@linkplain RowHandler#rowsStandAlone() standing alone}), and marked
 * applied together after them: a row whose write happened before a crash, but whose mark did
 * not, comes out UNCHANGED on resume, and nothing is done twice.
 */
@Component
public class ApplyingImport {

    private static final Logger log = LoggerFactory.getLogger(ApplyingImport.class);
    private static final int PAGE = 200;
    /**
     * Rows planned together, written, then marked applied in one bulk write. 100 rather than 50:
     * the apply ran at a median 664 rows/s against 537 (docs/benchmark.md, 4 December).
     */
    static final int BATCH = 100;
    /** Rows applied between two writes of the import's progress: one a batch. */
    static final int PROGRESS_STEP = BATCH;

    private final ImportStore store;
    private final ReadingImport reading;
    private final Vocabulary vocabulary;
    private final RuleBreaks rules;
    private final Clock clock;
    /** One import at a time: rows keep their file order, and what a file creates lands before what names it. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-apply");
        thread.setDaemon(true);
        return thread;
    });

    ApplyingImport(ImportStore store, ReadingImport reading, Vocabulary vocabulary, RuleBreaks rules, Clock clock) {
        this.store = store;
        this.reading = reading;
        this.vocabulary = vocabulary;
        this.rules = rules;
        this.clock = clock;
    }

    /** Confirms a dry-run import: it starts applying at once and reports its progress on the import. */
    ImportJob confirm(String id) {
        ImportJob job = store.startApplying(id);
        worker.submit(() -> apply(job));
        return job;
    }

    /** After a crash or a restart, imports left applying carry on where they stopped. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeInterrupted() {
        for (ImportJob job : store.applying()) {
            log.info("Resuming import {} of {}", job.id(), job.fileName());
            worker.submit(() -> apply(job));
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void apply(ImportJob job) {
        SecurityContextHolder.getContext().setAuthentication(new ImportingUser(job.importer()));
        try {
            RowHandler handler = reading.handler(job.kind().toLowerCase(java.util.Locale.ROOT));
            int batchSize = handler.rowsStandAlone() ? BATCH : 1;
            ImportPass pass = new ImportPass();
            int last = 0;
            int done = 0;
            int reported = 0;
            for (List<ImportRow> rows = next(job, last); !rows.isEmpty(); rows = next(job, last)) {
                for (int from = 0; from < rows.size(); from += batchSize) {
                    if (Thread.currentThread().isInterrupted()) {
                        return; // shutting down: the rest resumes on the next start
                    }
                    List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
                    store.markApplied(applyBatch(handler, pass, job, batch));
                    last = batch.get(batch.size() - 1).number();
                    done += batch.size();
                    if (done - reported >= PROGRESS_STEP) {
                        store.progress(job.id(), done);
                        reported = done;
                    }
                }
            }
            store.finish(job.id(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Import {} stopped; it resumes on the next start", job.id(), e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The rows after {@code last}: the next page of row numbers by their ids; only past a page of
     * blank lines, or at the end, a query for the next pending ones.
     */
    private List<ImportRow> next(ImportJob job, int last) {
        List<ImportRow> following = store.following(job.id(), last, PAGE);
        return following.isEmpty() ? store.pending(job.id(), last, PAGE) : following;
    }

    /**
     * Plans the batch's rows still to apply together, writes them, and answers what each did;
     * a resumed import skips what it marked before it stopped, a row in error is only marked.
     */
    private List<ImportStore.AppliedRow> applyBatch(RowHandler handler, ImportPass pass, ImportJob job,
                                                    List<ImportRow> batch) {
        List<ImportRow> toWrite = batch.stream()
                .filter(row -> !row.applied() && row.planned() != RowOutcome.ERROR).toList();
        List<RowValues> values = toWrite.stream()
                .map(row -> new RowValues(row.values(), Set.copyOf(row.formulas()), job.headers(), vocabulary))
                .toList();
        List<RowPlan> plans = values.isEmpty() ? List.of() : handler.plan(values, pass);
        List<ImportStore.AppliedRow> applied = new ArrayList<>(batch.size());
        for (ImportRow row : batch) {
            if (!row.applied() && row.planned() == RowOutcome.ERROR) {
                applied.add(new ImportStore.AppliedRow(row.id(), RowOutcome.ERROR, row.errors()));
            }
        }
        List<Optional<RuntimeException>> refusals = plans.isEmpty() ? List.of() : handler.write(plans);
        for (int i = 0; i < toWrite.size(); i++) {
            String rowId = toWrite.get(i).id();
            Optional<RuntimeException> refusal = refusals.get(i);
            if (refusal.isPresent()) {
                rules.refused(refusal.get(), values.get(i), column -> column);
                applied.add(new ImportStore.AppliedRow(rowId, RowOutcome.ERROR, values.get(i).errors()));
            } else {
                applied.add(new ImportStore.AppliedRow(rowId, plans.get(i).outcome(), plans.get(i).errors()));
            }
        }
        return applied;
    }

    /** The importing user, for the use cases and the store's audit stamps; their roles as the token gave them. */
    private static final class ImportingUser extends AbstractAuthenticationToken {

        private final transient Caller importer;

        ImportingUser(Caller importer) {
            super(importer.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
            this.importer = importer;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return importer;
        }
    }
}

package org.entente.platform.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.entente.platform.security.Caller;
import org.entente.platform.web.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The dry run: reads an uploaded file as a stream, plans every row against what the service
 * holds, and stores the import and its rows. Nothing but the import is written.
 */
@Component
class ReadingImport {

    /** Rows stored per write: the file is never held whole in memory. */
    private static final int BATCH = 500;

    private final SpreadsheetReader reader;
    private final Vocabulary vocabulary;
    /** The service's handlers by the slug the API names their kind with. */
    private final Map<String, RowHandler> handlers = new java.util.LinkedHashMap<>();
    private final ImportStore store;
    private final Clock clock;

    ReadingImport(ImportSettings settings, Vocabulary vocabulary, List<RowHandler> handlers, ImportStore store,
                  Clock clock) {
        this.reader = new SpreadsheetReader(settings);
        this.vocabulary = vocabulary;
        handlers.forEach(handler -> this.handlers.put(handler.kind().slug(), handler));
        this.store = store;
        this.clock = clock;
    }

    /** The handler of a kind named by its slug, as {@code ?kind=} gives it: a 400 listing the kinds otherwise. */
    RowHandler handler(String slug) {
        RowHandler handler = slug == null ? null : handlers.get(slug.toLowerCase(java.util.Locale.ROOT));
        if (handler == null) {
            throw ProblemException.badRequest("kind", "must be one of " + String.join(", ", handlers.keySet()));
        }
        return handler;
    }

    ImportJob read(ImportKind kind, String fileName, InputStream content) {
        Path file = null;
        String id = UUID.randomUUID().toString();
        try {
            file = Files.createTempFile("entente-import-", ".upload");
            Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // A first pass checks the limits only, so a file too large is refused before any row is planned.
            reader.read(file, fileName, row -> { });
            Planner planner = new Planner(id, kind);
            reader.read(file, fileName, planner::accept);
            planner.flush();
            if (planner.columns == null) {
                throw ProblemException.unprocessable("file", "the file is empty: it needs a header row and data rows");
            }
            Caller importer = Caller.current();
            ImportJob job = new ImportJob(id, kind.name(), fileName, ImportJob.Status.READY, importer.subject(),
                    importer.name(), importer.roles().stream().map(Enum::name).sorted().toList(), clock.instant(),
                    planner.headers, planner.ignored, planner.rows, 0, store.counts(id, false), null, null);
            store.insert(job);
            return job;
        } catch (IOException e) {
            throw ProblemException.unprocessable("file", "the upload could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            store.deleteRows(id); // a file refused half-way leaves nothing behind
            throw e;
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** Plans rows as they are read and stores them in batches; the header row names the columns. */
    private final class Planner {

        private final String importId;
        private final ImportKind kind;
        private final RowHandler handler;
        private final List<Read> waiting = new ArrayList<>();
        private final ImportPass pass = new ImportPass();
        /** Which data row first had each key, so a second row for the same thing (an agreement, an item) is an error. */
        private final Map<String, Integer> keys = new HashMap<>();
        private List<String> columns;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String> ignored = new ArrayList<>();
        private int rows;

        Planner(String importId, ImportKind kind) {
            this.importId = importId;
            this.kind = kind;
            this.handler = handlers.get(kind.slug());
        }

        void accept(SheetRow row) {
            if (columns == null) {
                header(row);
                return;
            }
            rows++;
            Map<String, String> values = new LinkedHashMap<>();
            List<String> formulas = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                if (column == null) {
                    continue;
                }
                if (row.cell(i) != null) {
                    values.put(column, row.cell(i));
                }
                if (row.formulaCells().contains(i)) {
                    formulas.add(column); // with or without a cached result: it is never taken
                }
            }
            waiting.add(new Read(row.number(), values, formulas,
                    new RowValues(values, Set.copyOf(formulas), headers, vocabulary)));
            if (waiting.size() == BATCH) {
                flush();
            }
        }

        private void header(SheetRow row) {
            columns = new ArrayList<>();
            for (String cell : row.cells()) {
                String column = vocabulary.column(kind, cell).orElse(null);
                if (column == null || headers.containsKey(column)) {
                    if (cell != null && !cell.isBlank()) {
                        ignored.add(cell);
                    }
                    columns.add(null);
                } else {
                    headers.put(column, cell.trim());
                    columns.add(column);
                }
            }
            List<String> missing = handler.requiredColumns().stream().filter(column -> !headers.containsKey(column))
                    .map(column -> vocabulary.header(kind, column, java.util.Locale.ENGLISH) + " ("
                            + vocabulary.header(kind, column, java.util.Locale.FRENCH) + ")")
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                throw ProblemException.unprocessable("file", "the header row lacks the column"
                        + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                        + "; download the template for " + kind.slug());
            }
        }

        /** Plans the rows read since the last flush, as one batch, and stores them. */
        void flush() {
            if (waiting.isEmpty()) {
                return;
            }
            List<RowPlan> plans = handler.plan(waiting.stream().map(Read::cells).toList(), pass);
            List<ImportRow> planned = new ArrayList<>(waiting.size());
            for (int i = 0; i < waiting.size(); i++) {
                planned.add(planned(waiting.get(i), plans.get(i)));
            }
            store.insertRows(planned);
            waiting.clear();
        }

        private ImportRow planned(Read read, RowPlan plan) {
            List<CellError> errors = plan.errors();
            RowOutcome outcome = plan.outcome();
            if (plan.key() != null && outcome != RowOutcome.ERROR) {
                Integer first = keys.putIfAbsent(plan.key(), read.number());
                if (first != null) {
                    outcome = RowOutcome.ERROR;
                    errors = List.of(new CellError(null, plan.key(), "the same " + kind.slug()
                            .replaceAll("s$", "") + " as row " + first + "; keep one row for it"));
                }
            }
            return new ImportRow(ImportRow.idOf(importId, read.number()), importId, read.number(), read.values(),
                    read.formulas(), outcome, errors, false, null);
        }
    }

    /** A data row read and not yet planned: its number, its cells by column, the columns holding formulas. */
    private record Read(int number, Map<String, String> values, List<String> formulas, RowValues cells) {
    }
}

package org.entente.platform.spreadsheet;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.entente.platform.web.ProblemException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Imports and their rows in MongoDB: the report pages from here, and an apply resumes from here. */
@Component
public class ImportStore {

    public static final String IMPORTS = "imports";
    public static final String ROWS = "import_rows";

    private final MongoTemplate mongo;

    ImportStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ROWS).createIndex(new Index().on("importId", Sort.Direction.ASC).on("number", Sort.Direction.ASC));
        mongo.indexOps(ROWS).createIndex(new Index().on("importId", Sort.Direction.ASC).on("applied", Sort.Direction.ASC)
                .on("number", Sort.Direction.ASC));
        mongo.indexOps(IMPORTS).createIndex(new Index("status", Sort.Direction.ASC));
    }

    void insertRows(List<ImportRow> rows) {
        if (!rows.isEmpty()) {
            mongo.insert(rows, ROWS);
        }
    }

    void deleteRows(String importId) {
        mongo.remove(Query.query(where("importId").is(importId)), ROWS);
    }

    void insert(ImportJob job) {
        mongo.insert(job, IMPORTS);
    }

    ImportJob get(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJob.class, IMPORTS))
                .orElseThrow(() -> ProblemException.notFound("import", id));
    }

    Page<ImportJob> list(Pageable pageable) {
        Query query = new Query();
        long total = mongo.count(query, IMPORTS);
        return new PageImpl<>(mongo.find(query.with(pageable).with(Sort.by(Sort.Direction.DESC, "createdAt")),
                ImportJob.class, IMPORTS), pageable, total);
    }

    /** READY becomes APPLYING once: a second confirmation, or one of an applied import, is refused. */
    ImportJob startApplying(String id) {
        ImportJob started = mongo.findAndModify(Query.query(where("_id").is(id).and("status").is(ImportJob.Status.READY)),
                new Update().set("status", ImportJob.Status.APPLYING), FindAndModifyOptions.options().returnNew(true),
                ImportJob.class, IMPORTS);
        if (started == null) {
            ImportJob job = get(id);
            throw ProblemException.conflict("This import is " + job.status().name().toLowerCase() + "; it is applied once.");
        }
        return started;
    }

    List<ImportJob> applying() {
        return mongo.find(Query.query(where("status").is(ImportJob.Status.APPLYING)), ImportJob.class, IMPORTS);
    }

    /**
     * The rows numbered {@code afterNumber + 1} to {@code afterNumber + count}, applied or not, in
     * file order (blank lines have no row). Looked up by their ids, which a store serves from its
     * index, where a query on the number would read the whole collection once a page.
     */
    List<ImportRow> following(String importId, int afterNumber, int count) {
        List<String> ids = IntStream.rangeClosed(afterNumber + 1, afterNumber + count)
                .mapToObj(number -> ImportRow.idOf(importId, number)).toList();
        return mongo.find(Query.query(where("_id").in(ids)), ImportRow.class, ROWS).stream()
                .sorted(Comparator.comparingInt(ImportRow::number)).toList();
    }

    /** The next rows still to apply, in file order, however far the next one is. */
    List<ImportRow> pending(String importId, int afterNumber, int limit) {
        return mongo.find(Query.query(where("importId").is(importId).and("applied").is(false)
                .and("number").gt(afterNumber)).with(Sort.by("number")).limit(limit), ImportRow.class, ROWS);
    }

    /** What applying one row did, to be marked on it. */
    record AppliedRow(String rowId, RowOutcome result, List<CellError> errors) {
    }

    /** Marks rows applied, in one bulk write: a batch's rows are marked together after their writes. */
    void markApplied(List<AppliedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        BulkOperations marks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ROWS);
        for (AppliedRow row : rows) {
            marks.updateOne(Query.query(where("_id").is(row.rowId())),
                    new Update().set("applied", true).set("result", row.result()).set("errors", row.errors()));
        }
        marks.execute();
    }

    /**
     * How far the apply has gone, kept on the import: the progress a client polls for is then
     * one read by id, where counting the applied rows would read them all at every poll.
     */
    void progress(String id, int rowsDone) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("rowsDone", rowsDone), IMPORTS);
    }

    void finish(String id, Instant at) {
        Map<String, Integer> applied = counts(id, true);
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("status", ImportJob.Status.APPLIED)
                .set("appliedAt", at).set("applied", applied)
                .set("rowsDone", applied.values().stream().mapToInt(Integer::intValue).sum()), IMPORTS);
    }

    /** Rows per outcome, planned or (once applied) done, in the order of {@link RowOutcome}. */
    Map<String, Integer> counts(String importId, boolean applied) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(outcome.name(), (int) mongo.count(Query.query(where("importId").is(importId)
                    .and(applied ? "result" : "planned").is(outcome)), ROWS));
        }
        return counts;
    }

    Page<ImportRow> rows(String importId, RowOutcome outcome, Pageable pageable) {
        Criteria criteria = where("importId").is(importId);
        if (outcome != null) {
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    where("applied").is(true).and("result").is(outcome),
                    where("applied").is(false).and("planned").is(outcome)));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, ROWS);
        return new PageImpl<>(mongo.find(query.with(pageable).with(Sort.by("number")), ImportRow.class, ROWS),
                pageable, total);
    }
}

package org.entente.actions.plan;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.lookup;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.entente.actions.action.StoredActionItem;
import org.entente.actions.action.ActionQueries;
import org.entente.actions.action.ActionStatus;
import org.entente.platform.replica.AgreementReplica;
import org.entente.actions.plan.IndicatorRollup.AgreementTotal;
import org.entente.actions.plan.IndicatorRollup.CountryTotal;
import org.entente.actions.plan.IndicatorRollup.ThemeTotal;
import org.entente.actions.plan.PlanSummary.Deadline;
import org.entente.actions.plan.PlanSummary.IndicatorTotal;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.ArithmeticOperators;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The plan's figures, each computed by MongoDB (aggregation pipelines), not by reading every item. */
@Component
class PlanQueries {

    static final int NEXT_DEADLINES = 5;

    private final MongoTemplate mongo;

    PlanQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    PlanSummary summary(AgreementReplica agreement, LocalDate today) {
        Criteria ofPlan = where("agreementId").is(agreement.id());
        Criteria counted = where("agreementId").is(agreement.id()).and("status").ne(ActionStatus.CANCELLED.name());

        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        long items = 0;
        for (Document count : aggregate(match(ofPlan), group("status").count().as("count"))) {
            long n = number(count, "count").longValue();
            byStatus.put(count.getString("_id"), n);
            items += n;
        }

        List<Document> completion = aggregate(match(counted), group()
                .sum(ArithmeticOperators.Multiply.valueOf("weight").multiplyBy("percentComplete")).as("weighted")
                .sum("weight").as("weights"));
        double weightedCompletion = completion.isEmpty() || number(completion.get(0), "weights").doubleValue() == 0 ? 0
                : round(number(completion.get(0), "weighted").doubleValue() / number(completion.get(0), "weights").doubleValue());

        List<IndicatorTotal> indicators = aggregate(match(counted), unwind("indicators"),
                group(Fields.from(Fields.field("name", "indicators.name"), Fields.field("unit", "indicators.unit")))
                        .sum("indicators.target").as("target").max("indicators.target").as("largestTarget")
                        .sum("indicators.actual").as("actual").count().as("items"),
                sort(Sort.Direction.ASC, "name", "unit"))
                .stream().map(total -> {
                    Document key = total.get("_id", Document.class);
                    Double target = total.get("largestTarget") == null ? null : number(total, "target").doubleValue();
                    double actual = number(total, "actual").doubleValue();
                    return new IndicatorTotal(key.getString("name"), key.getString("unit"), target, actual,
                            target == null || target == 0 ? null : round(100 * actual / target),
                            number(total, "items").longValue());
                }).toList();

        Query open = Query.query(where("agreementId").is(agreement.id()).and("status").in(ActionStatus.OPEN)
                .and("dueDate").lt(today)).with(Sort.by("dueDate", "reference"));
        Query next = Query.query(where("agreementId").is(agreement.id()).and("status").in(ActionStatus.OPEN)
                .and("dueDate").gte(today)).with(Sort.by("dueDate", "reference")).limit(NEXT_DEADLINES);
        return new PlanSummary(agreement.id(), agreement.code(), agreement.status(), items, byStatus, weightedCompletion,
                deadlines(open), deadlines(next), indicators);
    }

    /** Totals per agreement, country and theme, over the items the filters keep (null filters keep all). */
    IndicatorRollup rollup(String agreementId, String country, String theme) {
        Criteria items = where("status").ne(ActionStatus.CANCELLED.name());
        if (agreementId != null) {
            items = items.and("agreementId").is(agreementId);
        }
        Criteria agreements = new Criteria();
        // Restricted agreements count only for those on their access list.
        RestrictedAccess.visibleTo(Caller.current(), "agreement.").ifPresent(agreements::andOperator);
        if (country != null) {
            agreements = agreements.and("agreement.countries").is(country);
        }
        if (theme != null) {
            agreements = agreements.and("agreement.themes").is(theme);
        }
        List<AggregationOperation> base = List.of(match(items),
                lookup(AgreementReplica.COLLECTION, "agreementId", "_id", "agreement"), unwind("agreement"),
                match(agreements), unwind("indicators"));

        List<AgreementTotal> byAgreement = totals(base, List.of(),
                Fields.from(Fields.field("agreementId", "agreementId"), Fields.field("code", "agreement.code"),
                        Fields.field("name", "indicators.name"), Fields.field("unit", "indicators.unit")),
                "code", (key, total) -> new AgreementTotal(key.getString("agreementId"), key.getString("code"),
                        key.getString("name"), key.getString("unit"), total.target(), total.actual(), total.items()));
        List<CountryTotal> byCountry = totals(base,
                country == null ? List.of(unwind("agreement.countries"))
                        : List.of(unwind("agreement.countries"), match(where("agreement.countries").is(country))),
                Fields.from(Fields.field("country", "agreement.countries"), Fields.field("name", "indicators.name"),
                        Fields.field("unit", "indicators.unit")),
                "country", (key, total) -> new CountryTotal(key.getString("country"), key.getString("name"),
                        key.getString("unit"), total.target(), total.actual(), total.items()));
        List<ThemeTotal> byTheme = totals(base,
                theme == null ? List.of(unwind("agreement.themes"))
                        : List.of(unwind("agreement.themes"), match(where("agreement.themes").is(theme))),
                Fields.from(Fields.field("theme", "agreement.themes"), Fields.field("name", "indicators.name"),
                        Fields.field("unit", "indicators.unit")),
                "theme", (key, total) -> new ThemeTotal(key.getString("theme"), key.getString("name"),
                        key.getString("unit"), total.target(), total.actual(), total.items()));
        return new IndicatorRollup(byAgreement, byCountry, byTheme);
    }

    private record Total(Double target, double actual, long items) {
    }

    private <T> List<T> totals(List<AggregationOperation> base, List<AggregationOperation> spread, Fields key,
                               String firstKey, java.util.function.BiFunction<Document, Total, T> toRecord) {
        List<AggregationOperation> pipeline = new ArrayList<>(base);
        pipeline.addAll(spread);
        pipeline.add(group(key).sum("indicators.target").as("target").max("indicators.target").as("largestTarget")
                .sum("indicators.actual").as("actual").count().as("items"));
        pipeline.add(sort(Sort.Direction.ASC, firstKey, "name", "unit"));
        return aggregate(pipeline.toArray(AggregationOperation[]::new)).stream()
                .map(total -> toRecord.apply(total.get("_id", Document.class), new Total(
                        total.get("largestTarget") == null ? null : number(total, "target").doubleValue(),
                        number(total, "actual").doubleValue(), number(total, "items").longValue())))
                .toList();
    }

    private List<Deadline> deadlines(Query query) {
        query.fields().exclude("progress");
        return mongo.find(query, StoredActionItem.class, ActionQueries.COLLECTION).stream()
                .map(item -> new Deadline(item.id(), item.reference(), item.title(), item.dueDate(), item.status().name(),
                        item.percentComplete(), item.owner() == null ? null : item.owner().name()))
                .toList();
    }

    private List<Document> aggregate(AggregationOperation... operations) {
        Aggregation aggregation = newAggregation(operations);
        return mongo.aggregate(aggregation, ActionQueries.COLLECTION, Document.class).getMappedResults();
    }

    private static Number number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number : 0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

package org.entente.agreements.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestPropertySource(properties = "entente.demo.enabled=true")
class DemoDataIT {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theDemoRegisterIsLoadedAtStartAndLoadingItAgainChangesNothing() {
        long organizations = mongo.count(new Query(), "organizations");
        long agreements = mongo.count(new Query(), "agreements");
        long delegations = mongo.count(new Query(), "delegations");

        DemoData.Loaded again = demo.load();

        assertThat(again.organizations()).isZero();
        assertThat(again.agreements()).isZero();
        assertThat(mongo.count(new Query(), "organizations")).isEqualTo(organizations);
        assertThat(mongo.count(new Query(), "agreements")).isEqualTo(agreements);
        assertThat(mongo.count(new Query(), "delegations")).isEqualTo(delegations);
    }

    @Test
    void theMemorandumWasSignedInParisOnTheFourteenthOfNovember2025AndIsInForce() {
        JsonNode memorandum = new TestApi(port).get("/api/agreements?q=INSP-KZ-2025-01").getBody().get("items").get(0);

        assertThat(memorandum.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(memorandum.get("signedOn").asString()).isEqualTo("2025-11-14");
        assertThat(memorandum.get("signedAt").asString()).isEqualTo("Paris");
        assertThat(memorandum.get("parties").findValuesAsString("name")).contains("Darkhan Zhazykbay");
        JsonNode visit = new TestApi(port).get("/api/agreements/" + memorandum.get("id").asString() + "/delegations")
                .getBody().get("items").get(0);
        assertThat(visit.get("leader").get("name").asString()).isEqualTo("Darkhan Zhazykbay");
        assertThat(visit.get("members")).hasSize(5);
        assertThat(visit.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(mongo.count(Query.query(Criteria.where("code").in("INSP-KZ-2025-01", "ACSH-KR-2021-01", "EF-VN-2019-01")),
                "agreements")).isEqualTo(DemoSet.AGREEMENTS.size());
    }
}

package org.entente.agreements.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.localstack.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

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
    void loadingTheDemoDataTwiceChangesNothing() {
        // The demo was loaded once when the service became ready.
        long before = demoAgreements();

        int created = demo.load(RestClient.create("http://localhost:" + port));

        assertThat(before).isEqualTo(DemoData.AGREEMENTS.size());
        assertThat(created).isZero();
        assertThat(demoAgreements()).isEqualTo(before);
    }

    private long demoAgreements() {
        return mongo.count(Query.query(Criteria.where("code").in("INSP-KZ-2025-01", "ACSH-KR-2021-01", "EF-VN-2019-01")),
                "agreements");
    }
}

package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.entente.agreements.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestPropertySource(properties = "entente.documents.max-size=1MB")
class AgreementDocumentsIT {

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    @Autowired
    MongoTemplate mongo;

    TestApi api;
    String agreementId;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        agreementId = new Fixtures(api).agreement();
    }

    @Test
    void anUploadedFileComesBackWithItsContentTypeAndFileName() {
        byte[] pdf = "%PDF-1.7 signed memorandum".getBytes(StandardCharsets.US_ASCII);

        ResponseEntity<JsonNode> uploaded = upload("Mémorandum INSP–KZ signé.pdf", MediaType.APPLICATION_PDF, pdf);

        assertThat(uploaded.getStatusCode().value()).isEqualTo(201);
        String documentId = uploaded.getBody().get("id").asString();
        assertThat(uploaded.getHeaders().getLocation())
                .hasToString("/api/agreements/" + agreementId + "/documents/" + documentId);
        ResponseEntity<byte[]> download = api.client().get()
                .uri("/api/agreements/{id}/documents/{documentId}", agreementId, documentId)
                .retrieve().toEntity(byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(ContentDisposition.parse(download.getHeaders().getFirst("Content-Disposition")).getFilename())
                .isEqualTo("Mémorandum INSP–KZ signé.pdf");
        assertThat(api.get("/api/agreements/{id}/documents", agreementId).getBody().findValuesAsString("fileName"))
                .containsExactly("Mémorandum INSP–KZ signé.pdf");
        assertThat(TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> agreementId.equals(record.key())
                        && "entente.agreement.document-added.v1".equals(TopicRecords.header(record, "ce_type")),
                found -> !found.isEmpty(), Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void aFileOverTheLimitIsA413ProblemAndNothingIsStored() {
        long filesBefore = mongo.count(new Query(), "fs.files");
        byte[] large = new byte[1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'x');

        ResponseEntity<JsonNode> answer = upload("annex.bin", MediaType.APPLICATION_OCTET_STREAM, large);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("detail").asString()).contains("1MB");
        assertThat(mongo.count(new Query(), "fs.files")).isEqualTo(filesBefore);
        assertThat(api.get("/api/agreements/{id}/documents", agreementId).getBody()).isEmpty();
    }

    @Test
    void anEmptyFileIsA400AndAnUnknownDocumentOrAgreementA404() {
        ResponseEntity<JsonNode> empty = upload("empty.pdf", MediaType.APPLICATION_PDF, new byte[0]);

        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody().get("errors").findValuesAsString("field")).containsExactly("file");
        assertThat(api.get("/api/agreements/{id}/documents/{documentId}", agreementId, "6740c2f1a3b4c5d6e7f80912")
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("/api/agreements/{id}/documents", "no-such-agreement").getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<JsonNode> upload(String fileName, MediaType type, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers(type)));
        return api.client().post().uri("/api/agreements/{id}/documents", agreementId)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(JsonNode.class);
    }

    private static org.springframework.http.HttpHeaders headers(MediaType type) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(type);
        return headers;
    }
}

package org.entente.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

class LocalMongoTest {

    @TempDir
    Path directory;

    @Test
    void keepsDocumentsInItsFileAcrossARestart() {
        int port = Ports.free();
        Path file = directory.resolve("mongo/entente.mv");
        try (LocalMongo mongo = new LocalMongo(file, port)) {
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                client.getDatabase("agreements").getCollection("agreements")
                        .insertOne(new Document("_id", "a-1").append("code", "INSP-KZ-2025-01"));
            }
        }
        try (LocalMongo mongo = new LocalMongo(file, port)) {
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                Document found = client.getDatabase("agreements").getCollection("agreements")
                        .find(new Document("_id", "a-1")).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("code")).isEqualTo("INSP-KZ-2025-01");
            }
        }
    }
}

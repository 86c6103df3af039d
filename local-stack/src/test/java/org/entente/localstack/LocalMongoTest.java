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

    @Test
    void aFileWrittenByTheStockBackendKeepsItsDocumentsAndItsUniqueIndexes() {
        Path file = directory.resolve("entente.mv");
        de.bwaldvogel.mongo.MongoServer stock = new de.bwaldvogel.mongo.MongoServer(
                new de.bwaldvogel.mongo.backend.h2.H2Backend(file.toString()));
        java.net.InetSocketAddress address = stock.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            com.mongodb.client.MongoCollection<Document> agreements = client.getDatabase("agreements").getCollection("agreements");
            agreements.createIndex(new Document("code", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            agreements.insertOne(new Document("_id", "a-1").append("code", "INSP-KZ-2025-01"));
        } finally {
            stock.shutdown();
        }

        int port = Ports.free();
        try (LocalMongo mongo = new LocalMongo(file, port)) {
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                com.mongodb.client.MongoCollection<Document> agreements = client.getDatabase("agreements").getCollection("agreements");
                assertThat(agreements.find(new Document("code", "INSP-KZ-2025-01")).first()).isNotNull();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> agreements.insertOne(
                        new Document("_id", "a-2").append("code", "INSP-KZ-2025-01")))
                        .isInstanceOf(com.mongodb.MongoWriteException.class).hasMessageContaining("duplicate key");
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> agreements.insertOne(
                        new Document("_id", "a-1").append("code", "OTHER")))
                        .isInstanceOf(com.mongodb.MongoWriteException.class).hasMessageContaining("duplicate key");
                agreements.insertOne(new Document("_id", "a-2").append("code", "ACSH-KR-2024-02"));
                assertThat(agreements.countDocuments()).isEqualTo(2);
            }
        }
    }
}

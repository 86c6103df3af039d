package org.entente.localstack.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.localstack.LocalIssuer;
import org.entente.localstack.LocalKafka;
import org.entente.localstack.LocalMongo;
import org.entente.localstack.Ports;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Kafka, MongoDB and the OAuth2/OIDC issuer for integration tests, started once per test JVM.
 *
 * <p>Kafka and MongoDB: Testcontainers ({@code apache/kafka}, {@code mongo}) when a Docker
 * engine answers, the embedded local-stack parts when none does.
 * {@code -Dentente.test.infrastructure=docker} or {@code =embedded} forces one. The same tests
 * run on both. The issuer is the in-process {@link LocalIssuer} in both modes.
 */
public abstract sealed class TestInfrastructure {

    public static final String MODE_PROPERTY = "entente.test.infrastructure";

    private static TestInfrastructure instance;

    private final LocalIssuer issuer = new LocalIssuer(Ports.free());

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            TestInfrastructure started = useDocker() ? new Containers() : new Embedded();
            started.issuer.start();
            started.start();
            instance = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.stop();
                started.issuer.stop();
            }, "test-infrastructure-stop"));
        }
        return instance;
    }

    private static boolean useDocker() {
        String mode = System.getProperty(MODE_PROPERTY, "auto");
        return switch (mode) {
            case "docker" -> true;
            case "embedded" -> false;
            case "auto" -> DockerClientFactory.instance().isDockerAvailable();
            default -> throw new IllegalArgumentException(MODE_PROPERTY + " must be docker, embedded or auto, not " + mode);
        };
    }

    /** The issuer the services under test trust; {@link TestTokens} gets real tokens from it. */
    public LocalIssuer issuer() {
        return issuer;
    }

    public abstract String kafkaBootstrapServers();

    /** A connection string without a database; each service adds its own. */
    public abstract String mongoConnectionString();

    /** Takes the broker away (clients see it as unreachable) until {@link #resumeKafka()}. */
    public abstract void pauseKafka();

    public abstract void resumeKafka();

    abstract void start();

    abstract void stop();

    static final class Embedded extends TestInfrastructure {

        private final LocalKafka kafka;
        private final LocalMongo mongo = new LocalMongo(null, Ports.free());

        Embedded() {
            try {
                Path directory = Files.createTempDirectory("entente-kafka-");
                kafka = new LocalKafka(directory.resolve("kafka"), Ports.free(), Ports.free(), 3);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.bootstrapServers();
        }

        @Override
        public String mongoConnectionString() {
            return mongo.connectionString();
        }

        @Override
        public void pauseKafka() {
            kafka.stop();
        }

        @Override
        public void resumeKafka() {
            kafka.start();
        }

        @Override
        void start() {
            mongo.start();
            kafka.start();
        }

        @Override
        void stop() {
            kafka.stop();
            mongo.stop();
        }
    }

    static final class Containers extends TestInfrastructure {

        private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

        @Override
        public String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }

        @Override
        public String mongoConnectionString() {
            return mongo.getConnectionString();
        }

        // Pausing keeps the container's port mapping and data, as a broker outage would.
        @Override
        public void pauseKafka() {
            DockerClientFactory.instance().client().pauseContainerCmd(kafka.getContainerId()).exec();
        }

        @Override
        public void resumeKafka() {
            DockerClientFactory.instance().client().unpauseContainerCmd(kafka.getContainerId()).exec();
        }

        @Override
        void start() {
            mongo.start();
            kafka.start();
        }

        @Override
        void stop() {
            kafka.stop();
            mongo.stop();
        }
    }
}

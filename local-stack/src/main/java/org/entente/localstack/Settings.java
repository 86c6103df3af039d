package org.entente.localstack;

import java.nio.file.Path;

/**
 * Where the local system lives: the data folder and fixed loopback ports, each overridable
 * by a system property ({@code -Dentente.kafka.port=...}) or an environment variable
 * ({@code ENTENTE_KAFKA_PORT=...}).
 */
public record Settings(Path root, Path dataDirectory, int kafkaPort, int kafkaControllerPort, int mongoPort,
                       int smtpPort, int imapPort, int pop3Port, int issuerPort, int agreementsPort, int actionsPort,
                       int notifyPort, int partitions, String bindAddress, int consolePort) {

    /** Loopback only, like the infrastructure; {@code ENTENTE_BIND_ADDRESS=0.0.0.0} opens the services to the network. */
    static final String LOOPBACK = "127.0.0.1";

    public static Settings fromEnvironment(Path root) {
        return new Settings(
                root,
                root.resolve(text("entente.data-dir", ".entente-data")),
                number("entente.kafka.port", 9092),
                number("entente.kafka.controller-port", 9093),
                number("entente.mongo.port", 27017),
                number("entente.smtp.port", 3025),
                number("entente.imap.port", 3143),
                number("entente.pop3.port", 3110),
                number("entente.issuer.port", 9000),
                number("entente.agreements.port", 8081),
                number("entente.actions.port", 8082),
                number("entente.notify.port", 8083),
                number("entente.kafka.partitions", 6),
                text("entente.bind-address", LOOPBACK),
                number("entente.console.port", 8080));
    }

    /** Every port free right now and a fresh data folder: for tests that run the whole system. */
    public static Settings isolated(Path root, Path dataDirectory) {
        return new Settings(root, dataDirectory, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), 3, LOOPBACK, Ports.free());
    }

    /** The web console's address, as the browser opens it and the issuer redirects back to it. */
    public String consoleUrl() {
        return "http://localhost:" + consolePort;
    }

    public Path logs() {
        return dataDirectory.resolve("logs");
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + mongoPort + "/" + database;
    }

    /** The local issuer's URI, which is also the {@code iss} of its tokens. */
    public String issuerUri() {
        return "http://127.0.0.1:" + issuerPort;
    }

    static String text(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    static int number(String property, int fallback) {
        String value = text(property, String.valueOf(fallback));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a number, not '" + value + "'");
        }
    }
}

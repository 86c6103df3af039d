package org.entente.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command line of the local stack.
 *
 * <pre>
 * up [--demo]   the whole system: infrastructure, the three services and the web console (the run command)
 * kafka         the Kafka broker alone
 * mongo         the MongoDB wire-protocol server alone
 * smtp          the SMTP server alone
 * issuer        the OAuth2/OIDC issuer alone
 * </pre>
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "up" : args[0];
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        Settings settings = Settings.fromEnvironment(Path.of("").toAbsolutePath());
        switch (command) {
            case "up" -> up(settings, options.contains("--demo"));
            case "kafka" -> runUntilStopped(new LocalKafka(settings.dataDirectory().resolve("kafka"),
                    settings.kafkaPort(), settings.kafkaControllerPort(), settings.partitions()), LocalKafka::start);
            case "mongo" -> runUntilStopped(new LocalMongo(settings.dataDirectory().resolve("mongo/entente.mv"),
                    settings.mongoPort()), LocalMongo::start);
            case "smtp" -> runUntilStopped(new LocalSmtp(settings.smtpPort(), settings.imapPort(), settings.pop3Port()),
                    LocalSmtp::start);
            case "issuer" -> runUntilStopped(new LocalIssuer(settings.issuerPort(), settings.consolePort()), LocalIssuer::start);
            default -> {
                System.err.println("usage: up [--demo] | kafka | mongo | smtp | issuer");
                System.exit(2);
            }
        }
    }

    private static void up(Settings settings, boolean demo) throws InterruptedException {
        LocalSystem system = new LocalSystem(settings, demo).withConsole();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Entente...");
            system.close();
            System.out.println("Stopped.");
        }, "entente-stop"));
        System.out.println("Starting Kafka, MongoDB, SMTP, the issuer, the three services and the console (logs in " + settings.logs() + ")...");
        try {
            system.start();
        } catch (ManagedProcess.StartFailure e) {
            System.err.println("\nEntente did not start: " + e.getMessage());
            System.exit(1);
        }
        printUrls(system, demo);
        new CountDownLatch(1).await();
    }

    private static void printUrls(LocalSystem system, boolean demo) {
        Settings settings = system.settings();
        StringBuilder out = new StringBuilder("\nEntente is running").append(demo ? " with the demo data" : "").append(".\n\n");
        out.append(String.format("  Open this:  %s   (the web console; demo users on its sign-in page)%n%n",
                settings.consoleUrl()));
        for (LocalSystem.Service service : system.services()) {
            out.append(String.format("  %-19s %s/api    Swagger UI %s/swagger-ui.html%n",
                    service.name(), service.url(), service.url()));
        }
        out.append(String.format("%n  Kafka    %s%n", settings.kafkaBootstrapServers()));
        out.append(String.format("  MongoDB  %s%n", settings.mongoUri("")));
        out.append(String.format("  SMTP     127.0.0.1:%d (GreenMail); sent mail on IMAP 127.0.0.1:%d and POP3 "
                + "127.0.0.1:%d, user and password the recipient's address%n", settings.smtpPort(), settings.imapPort(),
                settings.pop3Port()));
        out.append(String.format("  Issuer   %s (OAuth2/OIDC; demo clients and users in the README)%n",
                settings.issuerUri()));
        out.append(String.format("  Data     %s%n", settings.dataDirectory()));
        out.append(String.format("%nA token (STAFF), for -H \"Authorization: Bearer $TOKEN\":%n"
                + "  TOKEN=$(curl -s -u entente-staff:local-demo-staff-secret -d grant_type=client_credentials "
                + "%s/oauth2/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')%n", settings.issuerUri()));
        out.append("\nPress Ctrl-C to stop everything.\n");
        System.out.println(out);
    }

    private interface Start<T> {
        void start(T part) throws Exception;
    }

    private static <T extends AutoCloseable> void runUntilStopped(T part, Start<T> start) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Stopping failed: " + e.getMessage());
            }
        }, "local-stack-stop"));
        start.start(part);
        exitWithParent();
        new CountDownLatch(1).await();
    }

    /** A part started by the run command ends with it, even if the run command was killed. */
    private static void exitWithParent() {
        String parent = System.getenv("ENTENTE_PARENT_PID");
        if (parent == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresent(handle ->
                handle.onExit().thenRun(() -> System.exit(0)));
    }
}

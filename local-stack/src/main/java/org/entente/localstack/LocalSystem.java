package org.entente.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system as separate processes: Kafka, MongoDB, SMTP and the OAuth2/OIDC issuer
 * (each its own JVM, so each can be stopped alone), then the three services. Used by the run command and by the
 * system tests, so both start Entente the same way.
 */
public final class LocalSystem implements AutoCloseable {

    /** A service: its module (and jar) name, its database and its port. */
    public record Service(String name, String database, int port) {

        public String url() {
            return "http://localhost:" + port;
        }
    }

    private static final Duration PART_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(150);

    private final Settings settings;
    private final boolean demo;
    private final Map<String, ManagedProcess> processes = new LinkedHashMap<>();
    private final Map<String, String> serviceEnvironment = new HashMap<>();
    /** Settings added to one part of the stack ("mongo", "kafka"), by part. */
    private final Map<String, Map<String, String>> partSettings = new HashMap<>();
    private boolean console;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public LocalSystem(Settings settings, boolean demo) {
        this.settings = settings;
        this.demo = demo;
    }

    public Settings settings() {
        return settings;
    }

    public List<Service> services() {
        return List.of(
                new Service("agreements-service", "agreements", settings.agreementsPort()),
                new Service("actions-service", "actions", settings.actionsPort()),
                new Service("notify-service", "notify", settings.notifyPort()));
    }

    /** The primary instance of a service, by its module name. */
    public Service service(String name) {
        return services().stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }

    /** Starts everything and returns once every service is ready; on failure stops what it started. */
    public LocalSystem start() {
        try {
            checkPortsFree();
            startPart("mongo", settings.mongoPort());
            startPart("kafka", settings.kafkaPort());
            startPart("smtp", settings.smtpPort());
            startPart("issuer", settings.issuerPort());
            services().forEach(this::launch);
            services().forEach(service -> processes.get(service.name())
                    .awaitReady(() -> isReady(service), SERVICE_TIMEOUT));
            if (console) {
                launchConsole();
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Starts one infrastructure part (kafka, mongo, smtp or issuer) again, with the same data. */
    public void startPart(String part) {
        int port = switch (part) {
            case "kafka" -> settings.kafkaPort();
            case "mongo" -> settings.mongoPort();
            case "smtp" -> settings.smtpPort();
            case "issuer" -> settings.issuerPort();
            default -> throw new IllegalArgumentException("no part named " + part);
        };
        startPart(part, port);
    }

    /** Stops one process (a part or a service) gracefully. */
    public void stop(String name) {
        process(name).stop();
    }

    /** The process id of a running part or service, to read its memory use say. */
    public long pid(String name) {
        return process(name).pid();
    }

    /** Kills one process with SIGKILL, as a crash would. */
    public void kill(String name) {
        process(name).kill();
    }

    /** Starts a stopped or killed service again and waits until it is ready. */
    public void restartService(String name) {
        Service service = service(name);
        ManagedProcess process = process(name);
        process.start();
        process.awaitReady(() -> isReady(service), SERVICE_TIMEOUT);
    }

    private ManagedProcess process(String name) {
        ManagedProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no process named " + name);
        }
        return process;
    }

    /**
     * The embedded MongoDB server holds what a query reads in memory (it scans): a fan-out to
     * 50,000 subscriptions over 100,000 timeline entries ran 256 MB out of heap.
     */
    private static String heap(String part) {
        return switch (part) {
            case "kafka" -> "-Xmx512m";
            case "mongo" -> "-Xmx1g";
            default -> "-Xmx256m";
        };
    }

    private void startPart(String part, int port) {
        ManagedProcess process = processes.computeIfAbsent(part, name -> new ManagedProcess(name,
                java(heap(part), "-jar", localStackJar().toString(), part),
                partEnvironment(part), settings.logs().resolve(name + ".log")));
        process.start();
        // The issuer's port opens before its endpoints answer; services need its discovery document.
        process.awaitReady(part.equals("issuer") ? () -> answers200(settings.issuerUri() + "/.well-known/openid-configuration")
                : () -> Ports.isOpen(port), PART_TIMEOUT);
    }

    /** Starts the web console too, after the services (it reads the issuer's discovery document at start). */
    public LocalSystem withConsole() {
        this.console = true;
        return this;
    }

    private void launchConsole() {
        Path jar = settings.root().resolve("web-console/target/web-console.jar");
        if (!Files.isRegularFile(jar)) {
            throw new ManagedProcess.StartFailure(jar + " is missing: build it first (./mvnw package -Dmaven.test.skip=true)");
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("ENTENTE_CONSOLE_PORT", String.valueOf(settings.consolePort()));
        environment.put("ENTENTE_ISSUER_URI", settings.issuerUri());
        environment.put("ENTENTE_AGREEMENTS_SERVICE_URL", "http://127.0.0.1:" + settings.agreementsPort());
        environment.put("ENTENTE_ACTIONS_SERVICE_URL", "http://127.0.0.1:" + settings.actionsPort());
        environment.put("ENTENTE_NOTIFY_SERVICE_URL", "http://127.0.0.1:" + settings.notifyPort());
        environment.put("ENTENTE_CONSOLE_DEMO_USERS_SHOWN", "true");
        environment.put("SERVER_ADDRESS", settings.bindAddress());
        ManagedProcess process = new ManagedProcess("web-console",
                java("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()),
                environment, settings.logs().resolve("web-console.log"));
        processes.put("web-console", process);
        process.start();
        process.awaitReady(() -> answers200(settings.consoleUrl() + "/actuator/health/readiness"), SERVICE_TIMEOUT);
    }

    /** Adds a setting, as an environment variable, to every service started afterwards. */
    public LocalSystem withServiceEnvironment(String name, String value) {
        serviceEnvironment.put(name, value);
        return this;
    }

    /** Adds a setting, as an environment variable, to one part of the stack ({@code mongo}, {@code kafka}) started afterwards. */
    public LocalSystem withPartEnvironment(String part, String name, String value) {
        partSettings.computeIfAbsent(part, any -> new HashMap<>()).put(name, value);
        return this;
    }

    /**
     * Starts another instance of a service on a free port, sharing its database and consumer
     * group, and waits until it is ready: how two instances share the work. Its process is
     * named {@code <service>-2}.
     */
    public Service startSecondInstance(String name) {
        Service primary = service(name);
        Service second = new Service(name, primary.database(), Ports.free());
        launch(second, name + "-2");
        processes.get(name + "-2").awaitReady(() -> isReady(second), SERVICE_TIMEOUT);
        return second;
    }

    private void launch(Service service) {
        launch(service, service.name());
    }

    private void launch(Service service, String processName) {
        Path jar = settings.root().resolve(service.name()).resolve("target").resolve(service.name() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new ManagedProcess.StartFailure(jar + " is missing: build it first (./mvnw package -Dmaven.test.skip=true)");
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", String.valueOf(service.port()));
        environment.put("SERVER_ADDRESS", settings.bindAddress());
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        environment.put("SPRING_MONGODB_URI", settings.mongoUri(service.database()));
        environment.put("SPRING_MAIL_HOST", "127.0.0.1");
        environment.put("SPRING_MAIL_PORT", String.valueOf(settings.smtpPort()));
        environment.put("ENTENTE_KAFKA_PARTITIONS", String.valueOf(settings.partitions()));
        environment.put("ENTENTE_DEMO_ENABLED", String.valueOf(demo));
        // actions-service's fallback read of an agreement its replica has not seen yet.
        environment.put("ENTENTE_AGREEMENTS_SERVICE_URL", "http://127.0.0.1:" + settings.agreementsPort());
        environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", settings.issuerUri());
        // A local run delivers webhooks to receivers on this machine; a deployment allows neither.
        environment.put("ENTENTE_WEBHOOK_ALLOW_HTTP", "true");
        environment.put("ENTENTE_WEBHOOK_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]");
        // E-mails' unsubscribe links open the console's page, which offers an undo.
        environment.put("ENTENTE_UNSUBSCRIBE_CONSOLE_URL", settings.consoleUrl());
        environment.putAll(serviceEnvironment);
        ManagedProcess process = new ManagedProcess(processName,
                java("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()),
                environment, settings.logs().resolve(processName + ".log"));
        processes.put(processName, process);
        process.start();
    }

    private Map<String, String> partEnvironment(String part) {
        Map<String, String> environment = new HashMap<>();
        environment.put("ENTENTE_DATA_DIR", settings.dataDirectory().toAbsolutePath().toString());
        environment.put("ENTENTE_KAFKA_PORT", String.valueOf(settings.kafkaPort()));
        environment.put("ENTENTE_KAFKA_CONTROLLER_PORT", String.valueOf(settings.kafkaControllerPort()));
        environment.put("ENTENTE_KAFKA_PARTITIONS", String.valueOf(settings.partitions()));
        environment.put("ENTENTE_MONGO_PORT", String.valueOf(settings.mongoPort()));
        environment.put("ENTENTE_SMTP_PORT", String.valueOf(settings.smtpPort()));
        environment.put("ENTENTE_IMAP_PORT", String.valueOf(settings.imapPort()));
        environment.put("ENTENTE_POP3_PORT", String.valueOf(settings.pop3Port()));
        environment.put("ENTENTE_ISSUER_PORT", String.valueOf(settings.issuerPort()));
        environment.put("ENTENTE_CONSOLE_PORT", String.valueOf(settings.consolePort()));
        environment.put("ENTENTE_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
        environment.putAll(partSettings.getOrDefault(part, Map.of()));
        return environment;
    }

    private boolean isReady(Service service) {
        return answers200(service.url() + "/actuator/health/readiness");
    }

    private boolean answers200(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void checkPortsFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka", settings.kafkaPort());
        ports.put("Kafka controller", settings.kafkaControllerPort());
        ports.put("MongoDB", settings.mongoPort());
        ports.put("SMTP", settings.smtpPort());
        ports.put("IMAP", settings.imapPort());
        ports.put("POP3", settings.pop3Port());
        ports.put("Issuer", settings.issuerPort());
        services().forEach(service -> ports.put(service.name(), service.port()));
        if (console) {
            ports.put("web-console", settings.consolePort());
        }
        List<String> busy = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (Ports.isOpen(port)) {
                busy.add(what + " port " + port);
            }
        });
        if (!busy.isEmpty()) {
            throw new ManagedProcess.StartFailure("Already in use: " + String.join(", ", busy)
                    + ". Is Entente already running? Stop it, or choose other ports (see README).");
        }
    }

    private Path localStackJar() {
        return settings.root().resolve("local-stack/target/local-stack-exec.jar");
    }

    private static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Stops the services, then the infrastructure, so nothing is left running. */
    @Override
    public void close() {
        List<ManagedProcess> reversed = new ArrayList<>(processes.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ManagedProcess::stop);
    }
}

package org.entente.localstack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @TempDir
    Path logs;

    @Test
    void aProcessThatDiesBeforeItIsReadyIsNamedWithItsStatusAndItsLastLines() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ManagedProcess process = new ManagedProcess("agreements-service",
                List.of(java, "-jar", "no-such.jar"), Map.of(), logs.resolve("agreements-service.log"));

        process.start();

        assertThatThrownBy(() -> process.awaitReady(() -> false, Duration.ofSeconds(30)))
                .isInstanceOf(ManagedProcess.StartFailure.class)
                .hasMessageContaining("agreements-service exited with status 1 before it was ready")
                .hasMessageContaining("no-such.jar");
    }
}

package org.entente.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The two languages say the same things: a key in one bundle only is a word a reader misses. */
class MessageBundlesTest {

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        assertThat(bundle("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties"})
    void everyMessageIsAValidMessageFormat(String file) throws IOException {
        Properties messages = bundle(file);
        for (String key : messages.stringPropertyNames()) {
            assertThatCode(() -> new MessageFormat(messages.getProperty(key))).as(key).doesNotThrowAnyException();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

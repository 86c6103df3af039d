package org.entente.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every word of the console exists in English and in French: a key in one bundle only fails the build. */
class MessageBundlesTest {

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> french = keys("messages_fr.properties");

        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(french);
        Set<String> onlyFrench = new TreeSet<>(french);
        onlyFrench.removeAll(english);

        assertThat(onlyEnglish).as("keys missing from messages_fr.properties").isEmpty();
        assertThat(onlyFrench).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void noFrenchMessageIsLeftEmpty() throws IOException {
        Properties french = load("messages_fr.properties");
        assertThat(french.stringPropertyNames()).allSatisfy(key -> assertThat(french.getProperty(key)).as(key).isNotBlank());
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

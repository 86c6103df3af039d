package org.entente.platform.outbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.cloud.stream.binder.ProducerProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ApplicationListener;

/**
 * Creates the producer binding of each stream the service publishes to
 * ({@code entente.outbox.streams}) at start-up, before the service reports ready. StreamBridge
 * would create it on the first publish (provisioning the topic, starting a Kafka producer and
 * fetching its metadata), which made the first event after a start take 1.5 to 2 s to reach
 * its consumers, later ones under 0.1 s.
 *
 * <p>StreamBridge offers no public way to bind ahead of a send, and declaring the bindings in
 * {@code spring.cloud.stream.output-bindings} breaks in Spring Cloud Stream 5.0.2
 * (spring-cloud-stream#3203); so this calls the method its {@code send} calls to bind, with
 * the same arguments. Should that fail (a future version), the first publish binds as before.
 */
public class ProducerWarmUp implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ProducerWarmUp.class);

    private final StreamBridge streamBridge;
    private final BindingServiceProperties bindings;
    private final List<String> streams;

    public ProducerWarmUp(StreamBridge streamBridge, BindingServiceProperties bindings, List<String> streams) {
        this.streamBridge = streamBridge;
        this.bindings = bindings;
        this.streams = List.copyOf(streams);
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (streams.isEmpty()) {
            return;
        }
        try {
            Method bind = StreamBridge.class.getDeclaredMethod("resolveDestination", String.class,
                    ProducerProperties.class, String.class);
            bind.setAccessible(true);
            for (String stream : streams) {
                bind.invoke(streamBridge, stream, bindings.getProducerProperties(stream), null);
                log.info("Producer binding '{}' ready", stream);
            }
        } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
            log.warn("Could not create the producer bindings {} ahead; the first publish will: {}", streams, e.toString());
        } catch (InvocationTargetException e) {
            // The broker is away, say: the outbox keeps the events and the first publish binds.
            log.warn("Could not create the producer bindings {} ahead; the first publish will: {}", streams,
                    e.getCause().toString());
        }
    }
}

package org.entente.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address policy on literal addresses and a fixed resolver: no DNS involved. */
class WebhookTargetsTest {

    /** Names the tests resolve, as DNS would answer; everything else is an IP literal or unknown. */
    static final Map<String, String> DNS = Map.of(
            "hooks.example.org", "93.184.216.34",
            "internal.example.org", "10.1.2.3",
            "metadata.google.internal", "169.254.169.254",
            "localhost", "127.0.0.1");

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    }

    static WebhookTargets policy(boolean allowHttp, String... allowedHosts) {
        return new WebhookTargets(allowHttp, List.of(allowedHosts), WebhookTargetsTest::resolve);
    }

    @ParameterizedTest
    @CsvSource({
            "https://127.0.0.1/hook, loopback",
            "https://127.8.9.10/hook, loopback",
            "https://[::1]/hook, loopback",
            "https://169.254.169.254/latest/meta-data, link-local",
            "https://[fe80::1]/hook, link-local",
            "https://[febf::1]/hook, link-local",
            "https://10.0.0.1/hook, private",
            "https://172.16.0.1/hook, private",
            "https://172.31.255.255/hook, private",
            "https://192.168.1.1/hook, private",
            "https://[fc00::1]/hook, private",
            "https://[fd12:3456::1]/hook, private",
            "https://100.64.0.1/hook, carrier-grade NAT",
            "https://100.127.255.254/hook, carrier-grade NAT",
            "https://0.0.0.0/hook, unspecified",
            "https://[::]/hook, unspecified",
            "https://0.1.2.3/hook, unspecified",
            "https://224.0.0.1/hook, multicast",
            "https://[ff02::1]/hook, multicast",
            "https://255.255.255.255/hook, reserved",
            "https://[::ffff:10.0.0.1]/hook, private",
            "https://[::127.0.0.1]/hook, loopback",
            "https://[64:ff9b::a9fe:a9fe]/hook, link-local",
            "https://internal.example.org/hook, private",
            "https://localhost:8443/hook, loopback",
            "https://metadata.google.internal/computeMetadata/v1, metadata",
            "https://METADATA.google.internal./x, metadata",
            "https://unknown.invalid/hook, cannot be resolved"})
    void refusesHostsThatAreNotPublic(String url, String rule) {
        assertThatThrownBy(() -> policy(false).check(URI.create(url)))
                .isInstanceOf(WebhookTargets.Refused.class).hasMessageContaining(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.org/entente", "https://93.184.216.34:8443/x", "https://172.32.0.1/x",
            "https://100.128.0.1/x", "https://11.0.0.1/x", "https://[2001:db8::1]/x", "https://192.169.0.1/x"})
    void acceptsPublicHttpsAddresses(String url) {
        assertThatCode(() -> policy(false).check(URI.create(url))).doesNotThrowAnyException();
    }

    @Test
    void plainHttpOnlyWhenTheSettingAllowsIt() {
        assertThatThrownBy(() -> policy(false).check(URI.create("http://hooks.example.org/x")))
                .hasMessage("must be an https address");
        assertThatCode(() -> policy(true).check(URI.create("http://hooks.example.org/x"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy(true).check(URI.create("ftp://hooks.example.org/x")))
                .hasMessage("must be an http or https address");
    }

    @Test
    void credentialsInTheAddressAreRefused() {
        assertThatThrownBy(() -> policy(false).check(URI.create("https://user:pass@hooks.example.org/x")))
                .hasMessageContaining("credentials");
    }

    @Test
    void theAllowListExemptsAHostOrOneOfItsPortsAsWritten() throws Exception {
        WebhookTargets policy = policy(true, "127.0.0.1", "localhost:8080", "[::1]:9000", "metadata.google.internal");

        policy.check(URI.create("http://127.0.0.1:1234/hook"));
        policy.check(URI.create("http://LOCALHOST:8080/hook"));
        policy.check(URI.create("http://[::1]:9000/hook"));
        policy.check(URI.create("http://metadata.google.internal/x"));
        assertThatThrownBy(() -> policy.check(URI.create("http://localhost:8081/hook"))).hasMessageContaining("loopback");
        assertThatThrownBy(() -> policy.check(URI.create("http://[::1]:9001/hook"))).hasMessageContaining("loopback");
        // The entry names a host, not an address: another name for the same address stays refused.
        assertThatThrownBy(() -> policy.check(URI.create("http://127.0.0.2/hook"))).hasMessageContaining("loopback");
        assertThat(policy.addresses("127.0.0.1", 80)).containsExactly(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void theAddressesReturnedAreTheOnesThatWereChecked() throws Exception {
        assertThat(policy(false).addresses("hooks.example.org", 443)).containsExactly(InetAddress.getByName("93.184.216.34"));
    }

    @Test
    void oneBadAddressAmongSeveralRefusesTheHost() {
        WebhookTargets policy = new WebhookTargets(false, List.of(), host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});
        assertThatThrownBy(() -> policy.addresses("mixed.example.org", 443)).hasMessageContaining("private")
                .hasMessageContaining("10.0.0.7");
    }
}

package org.entente.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ImportPassTest {

    @Test
    void aLookupIsMadeOncePerPass() {
        ImportPass pass = new ImportPass();
        AtomicInteger lookups = new AtomicInteger();

        String first = pass.remember("organization", "INSP", () -> "found " + lookups.incrementAndGet());
        String again = pass.remember("organization", "INSP", () -> "found " + lookups.incrementAndGet());

        assertThat(again).isEqualTo(first).isEqualTo("found 1");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void differentReferencesAndDifferentKindsAreLookedUpEach() {
        ImportPass pass = new ImportPass();

        assertThat(pass.remember("organization", "INSP", () -> "the institute")).isEqualTo("the institute");
        assertThat(pass.remember("organization", "ACSH", () -> "the agency")).isEqualTo("the agency");
        assertThat(pass.remember("agreement", "INSP", () -> "an agreement coded INSP")).isEqualTo("an agreement coded INSP");
    }

    @Test
    void aNewPassLooksUpAgain() {
        AtomicInteger lookups = new AtomicInteger();

        new ImportPass().remember("organization", "INSP", lookups::incrementAndGet);
        new ImportPass().remember("organization", "INSP", lookups::incrementAndGet);

        assertThat(lookups).hasValue(2);
    }
}

package org.entente.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;

class KeyOrderTest {

    private final KeyOrderedH2Backend.KeyOrder order = new KeyOrderedH2Backend.KeyOrder();

    private static KeyValue key(Object... values) {
        return new KeyValue(java.util.Arrays.asList(values));
    }

    @Test
    void equalKeysBuiltApartCompareEqual() {
        assertThat(order.compare(key("agreement-1", 3), key(new String("agreement-1"), 3))).isZero();
        assertThat(order.compare(key(new Document("en", "Memorandum")), key(new Document("en", "Memorandum")))).isZero();
        assertThat(order.compare(key(Missing.getInstance()), key(Missing.getInstance()))).isZero();
        assertThat(order.compare(key((Object) null), key((Object) null))).isZero();
    }

    @Test
    void keysThatDifferInAnyElementOrItsClassDoNotCompareEqual() {
        assertThat(order.compare(key("agreement-1", 3), key("agreement-1", 4))).isNegative();
        assertThat(order.compare(key("agreement-2", 1), key("agreement-1", 9))).isPositive();
        assertThat(order.compare(key(1), key(1L))).as("as the stock order: 1 and 1L are two keys").isNotZero();
        assertThat(order.compare(key(new Document("en", "A")), key(new Document("en", "B")))).isNotZero();
        assertThat(order.compare(key((Object) null), key("x"))).isNegative();
    }

    @Test
    void sortingMixedKeysGivesOneOrderWhateverTheStart() {
        List<KeyValue> keys = new ArrayList<>(List.of(key("b", 2), key("a", 10), key("a", 2), key(7L), key(7),
                key(new Document("x", 1)), key(Missing.getInstance()), key("a", 2L), key(true)));
        List<KeyValue> sorted = new ArrayList<>(keys);
        sorted.sort(order::compare);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(keys, new java.util.Random(round));
            keys.sort(order::compare);
            assertThat(keys).isEqualTo(sorted);
        }
        for (int i = 0; i + 1 < sorted.size(); i++) {
            assertThat(order.compare(sorted.get(i), sorted.get(i + 1))).isNegative();
            assertThat(order.compare(sorted.get(i + 1), sorted.get(i))).isPositive();
        }
    }
}

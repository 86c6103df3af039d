package org.entente.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON merge patch against every example of RFC 7386, appendix A. */
class MergePatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":"b"}                  | {"a":"c"}                      | {"a":"c"}
            {"a":"b"}                  | {"b":"c"}                      | {"a":"b","b":"c"}
            {"a":"b"}                  | {"a":null}                     | {}
            {"a":"b","b":"c"}          | {"a":null}                     | {"b":"c"}
            {"a":["b"]}                | {"a":"c"}                      | {"a":"c"}
            {"a":"c"}                  | {"a":["b"]}                    | {"a":["b"]}
            {"a":{"b":"c"}}            | {"a":{"b":"d","c":null}}       | {"a":{"b":"d"}}
            {"a":[{"b":"c"}]}          | {"a":[1]}                      | {"a":[1]}
            ["a","b"]                  | ["c","d"]                      | ["c","d"]
            {"a":"b"}                  | ["c"]                          | ["c"]
            {"a":"foo"}                | null                           | null
            {"a":"foo"}                | "bar"                          | "bar"
            {"e":null}                 | {"a":1}                        | {"e":null,"a":1}
            [1,2]                      | {"a":"b","c":null}             | {"a":"b"}
            {}                         | {"a":{"bb":{"ccc":null}}}      | {"a":{"bb":{}}}
            """)
    void appliesEachExampleOfTheRfc(String target, String patch, String result) {
        JsonNode merged = MergePatch.apply(JSON.readTree(target), JSON.readTree(patch));

        assertThat(merged).isEqualTo(JSON.readTree(result));
    }

    @Test
    void aResourceIsPatchedOnlyByAnObject() {
        assertThatThrownBy(() -> MergePatch.applyToResource(JSON.readTree("{\"a\":\"b\"}"), JSON.readTree("[\"c\"]")))
                .isInstanceOfSatisfying(ProblemException.class, problem ->
                        assertThat(problem.title()).isEqualTo("Invalid merge patch"));
    }
}

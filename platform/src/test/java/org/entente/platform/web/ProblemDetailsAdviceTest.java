package org.entente.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** How a request body Jackson cannot convert is answered: the field, the form expected, the rule. */
class ProblemDetailsAdviceTest {

    record StatusChange(String status, LocalDate on) {
    }

    record Plan(List<Item> items) {
    }

    record Item(String reference, LocalDate dueDate) {
    }

    record Period(LocalDate from, LocalDate to) {
        Period {
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("must not be before from");
            }
        }
    }

    @RestController
    static class Endpoints {

        @PostMapping("/status")
        StatusChange status(@RequestBody StatusChange change) {
            return change;
        }

        @PostMapping("/plan")
        Plan plan(@RequestBody Plan plan) {
            return plan;
        }

        @PostMapping("/period")
        Period period(@RequestBody Period period) {
            return period;
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints())
            .setControllerAdvice(new ProblemDetailsAdvice(new MultipartProperties()))
            .setMessageConverters(new JacksonJsonHttpMessageConverter())
            .build();

    @Test
    void aDateThatIsNotADateNamesItsFieldAndTheFormExpected() throws Exception {
        mvc.perform(post("/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"SUSPENDED\", \"on\": \"not-a-date\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "cannot be read from \"not-a-date\"; expected a real date as YYYY-MM-DD (e.g. 2026-01-31)"));
    }

    @Test
    void aDayThatNoMonthHasIsNamedWithItsPath() throws Exception {
        mvc.perform(post("/plan").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"reference\": \"KZ-1\"}, {\"reference\": \"KZ-2\", \"dueDate\": \"2026-02-30\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[1].dueDate"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "cannot be read from \"2026-02-30\"; expected a real date as YYYY-MM-DD (e.g. 2026-01-31)"));
    }

    @Test
    void aDateGivenAsANumberNamesItsField() throws Exception {
        mvc.perform(post("/status").contentType(MediaType.APPLICATION_JSON).content("{\"on\": [2026]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"));
    }

    @Test
    void aValueItsRecordRefusesNamesTheRule() throws Exception {
        mvc.perform(post("/period").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"2026-03-01\", \"to\": \"2026-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("is invalid: must not be before from"));
    }
}

package org.pathway.kit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class ProblemDetailsIT extends KitIntegrationTest {

    @Autowired
    MockMvc mvc;

    private final String token = TestInfrastructure.jwtIssuer().token().organization("mayo").sign();

    private ResultActions postWidget(String json) throws Exception {
        return mvc.perform(post("/api/test/widgets").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(status));
    }

    @Test
    void shouldNameInvalidFields() throws Exception {
        problem(postWidget("{\"name\":\"\",\"color\":\"RED\",\"count\":50}"), 400)
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'count')]").exists());
    }

    @Test
    void shouldReportMalformedJson() throws Exception {
        problem(postWidget("{\"name\": \"x\", "), 400).andExpect(jsonPath("$.detail", containsString("Malformed JSON")));
    }

    @Test
    void shouldNameUnknownProperty() throws Exception {
        problem(postWidget("{\"name\":\"x\",\"color\":\"RED\",\"count\":1,\"owner\":\"me\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
    }

    @Test
    void shouldRefuseANumberWhereADateBelongs() throws Exception {
        problem(postWidget("{\"name\":\"x\",\"color\":\"RED\",\"count\":1,\"readyOn\":12345}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("readyOn"));
    }

    @Test
    void shouldNameFieldWithWrongType() throws Exception {
        problem(postWidget("{\"name\":\"x\",\"color\":\"RED\",\"count\":\"many\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("count"));
    }

    @Test
    void shouldNameFieldWithUnknownEnumValue() throws Exception {
        problem(postWidget("{\"name\":\"x\",\"color\":\"PURPLE\",\"count\":1}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("color"))
                .andExpect(jsonPath("$.errors[0].message", containsString("RED")));
    }

    @Test
    void shouldRejectDollarKeysAnywhereAndNameThePath() throws Exception {
        problem(postWidget("{\"name\":\"x\",\"color\":\"RED\",\"count\":1,\"attributes\":{\"a\":[{\"$where\":\"1\"}]}}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("attributes.a[0].$where"));
        problem(postWidget("{\"$set\":{\"tenant\":\"x\"}}"), 400).andExpect(jsonPath("$.errors[0].field").value("$set"));
    }

    @Test
    void shouldReportMissingBody() throws Exception {
        problem(mvc.perform(post("/api/test/widgets").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)), 400)
                .andExpect(jsonPath("$.detail", containsString("missing")));
    }

    @Test
    void shouldRefuseBodyLargerThanTheLimit() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"color\":\"RED\",\"count\":1}";
        problem(postWidget(big), 413);
    }

    @Test
    void shouldAnswer404405And415AsProblems() throws Exception {
        problem(mvc.perform(get("/api/test/nothing-here").header("Authorization", "Bearer " + token)), 404);
        problem(mvc.perform(delete("/api/test/widgets").header("Authorization", "Bearer " + token)), 405);
        problem(mvc.perform(post("/api/test/widgets").header("Authorization", "Bearer " + token)
                .contentType(MediaType.TEXT_PLAIN).content("hello")), 415);
    }

    @Test
    void shouldNamePathVariableWithWrongType() throws Exception {
        problem(mvc.perform(get("/api/test/items/abc").header("Authorization", "Bearer " + token)), 400)
                .andExpect(jsonPath("$.errors[0].field").value("number"));
    }

    @Test
    void shouldHideInternalsOfUnexpectedErrors() throws Exception {
        problem(mvc.perform(get("/api/test/boom").header("Authorization", "Bearer " + token)), 500)
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }
}

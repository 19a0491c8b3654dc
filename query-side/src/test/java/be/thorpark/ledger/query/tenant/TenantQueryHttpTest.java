package be.thorpark.ledger.query.tenant;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.thorpark.ledger.query.view.ActiveViews;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.TimeTravel;
import be.thorpark.ledger.query.view.ViewConsistency;
import be.thorpark.ledger.query.view.ViewPositions;
import be.thorpark.ledger.query.view.ViewReads;
import be.thorpark.ledger.query.view.ViewSignals;
import be.thorpark.ledger.web.problem.ProblemAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(
        controllers = TenantController.class,
        properties = "campus.query.read-your-writes-timeout=150ms")
@AutoConfigureMockMvc(addFilters = false)
@Import({
    ViewConsistency.class,
    ViewSignals.class,
    ViewReads.class,
    ProblemAdvice.class,
    TenantQueryHttpTest.Views.class
})
class TenantQueryHttpTest {

    @TestConfiguration
    static class Views {
        @Bean
        ContactReader contactReader() {
            return text -> java.util.Optional.of("[sealed]");
        }

        @Bean
        ActiveViews activeViews() {
            return new ActiveViews(InMemoryViews.shared().freshDatabase(), "v1_");
        }
    }

    @Autowired MockMvc mvc;

    @Autowired ActiveViews views;

    @MockitoBean ViewPositions positions;

    @MockitoBean TimeTravel timeTravel;

    @MockitoBean be.thorpark.ledger.eventstore.EventLog eventLog;

    @BeforeEach
    void tenants() {
        TenantDirectoryTest.feed(views.writer(TenantProjection.NAME), TenantDirectoryTest.all());
    }

    @Test
    void everyAnswerCarriesThePositionTheViewReflects() throws Exception {
        when(positions.position("tenants")).thenReturn(9L);

        mvc.perform(get("/api/tenants").param("date", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(header().string("Event-Position", "9"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.position").value(9))
                .andExpect(jsonPath("$.items[1].id").value("tenant-0403170701"))
                .andExpect(jsonPath("$.items[1].status").value("ON_CAMPUS"))
                .andExpect(jsonPath("$.items[1].leasedArea").value("450.50"))
                .andExpect(jsonPath("$.items[1].contact.name").value("[sealed]"));
        mvc.perform(get("/api/tenants/tenant-0403170701"))
                .andExpect(status().isOk())
                .andExpect(header().string("Event-Position", "9"));
    }

    @Test
    void aViewBehindTheRequestedPositionAnswers503WithRetryAfter() throws Exception {
        when(positions.position("tenants")).thenReturn(9L);

        mvc.perform(get("/api/tenants").param("minPosition", "10"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.requestedPosition").value(10));
    }

    @Test
    void aQueryWaitsUntilTheViewReachesTheRequestedPosition() throws Exception {
        when(positions.position("tenants")).thenReturn(9L, 9L, 10L);

        mvc.perform(get("/api/tenants/tenant-0403170701").param("minPosition", "10"))
                .andExpect(status().isOk())
                .andExpect(header().string("Event-Position", "10"));
    }

    @Test
    void listsAnswerCsvWhenAskedFor() throws Exception {
        when(positions.position("tenants")).thenReturn(9L);

        mvc.perform(
                        get("/api/tenants")
                                .param("date", "2024-01-01")
                                .param("size", "1")
                                .param("page", "1")
                                .header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Event-Position", "9"))
                .andExpect(
                        content()
                                .string(
                                        "id,name,enterpriseNumber,profile,sector,status,arrivalDate,departureDate,currentLeases,leasedArea,jobsCreated,jobsEnded,jobsNet\r\n"
                                                + "tenant-0403170701,Mo-Thor"
                                                + " Robotics,0403.170.701,START_UP,robotics,ON_CAMPUS,2023-02-01,2025-06-30,1,450.50,12,2,10\r\n"));
    }

    @Test
    void aPageSizeAboveTheMaximumIsRejectedNamingIt() throws Exception {
        mvc.perform(get("/api/tenants").param("size", "1001"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void anUnknownTenantIsNotFound() throws Exception {
        when(positions.position("tenants")).thenReturn(9L);

        mvc.perform(get("/api/tenants/tenant-0000000097"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}

package be.thorpark.ledger.query.status;

import be.thorpark.ledger.web.api.ApiExamples;
import be.thorpark.ledger.web.problem.ProblemCode;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The 409 refusals of the query side's endpoints, for the API reference. */
@Component
class QueryRefusals implements ApiExamples {

    @Override
    public Map<String, Object> requestBodies() {
        return Map.of();
    }

    @Override
    public Map<String, List<ProblemCode>> refusals() {
        return Map.of(
                "POST /api/admin/rebuilds", List.of(ProblemCode.REBUILD_RUNNING),
                "GET /api/integrity/digest", List.of(ProblemCode.HISTORY_BROKEN),
                "GET /api/exports/runs/{id}/bundle", List.of(ProblemCode.RUN_NOT_FINISHED),
                "GET /api/funding-programmes/{id}/reports/{reportId}/pack",
                        List.of(ProblemCode.REPORT_NOT_APPROVED));
    }
}

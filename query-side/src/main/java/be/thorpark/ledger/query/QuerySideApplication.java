package be.thorpark.ledger.query;

import be.thorpark.ledger.eventstore.config.LedgerRuntime;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side alone, for split mode: it projects the history into views and answers queries. */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        LedgerRuntime.prepare();
        SpringApplication.run(QuerySideApplication.class, args);
    }
}

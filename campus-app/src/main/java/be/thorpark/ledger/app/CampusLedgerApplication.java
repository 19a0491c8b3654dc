package be.thorpark.ledger.app;

import be.thorpark.ledger.command.CommandSideApplication;
import be.thorpark.ledger.eventstore.config.LedgerRuntime;
import be.thorpark.ledger.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * The whole ledger in one JVM: command side, query side and, unless {@code MONGODB_URI} is set, the
 * embedded store. The sides' own application classes are left out of the scan so each side is
 * configured once, and beans are named by their full class name because both sides have, for
 * example, a {@code funding.FundingController}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = {
            "be.thorpark.ledger.command",
            "be.thorpark.ledger.query",
            "be.thorpark.ledger.app"
        },
        nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class,
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class}))
public class CampusLedgerApplication {

    public static void main(String[] args) {
        if (LedgerCommandLine.handles(args)) {
            System.exit(new LedgerCommandLine(System.out).run(args));
        }
        LedgerRuntime.prepare();
        SpringApplication.run(CampusLedgerApplication.class, args);
    }
}

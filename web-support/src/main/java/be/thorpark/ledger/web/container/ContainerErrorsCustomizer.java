package be.thorpark.ledger.web.container;

import java.time.Duration;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} in place of every other error report valve of the host,
 * after Spring Boot added its own, so that Tomcat answers problem+json too; and {@link
 * UnreadBodyValve} around it.
 */
public class ContainerErrorsCustomizer
        implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final Duration drainBudget;
    private final long maxDrainBytes;

    public ContainerErrorsCustomizer(Duration drainBudget, long maxDrainBytes) {
        this.drainBudget = drainBudget;
        this.maxDrainBytes = maxDrainBytes;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(
                context -> {
                    Container parent = context.getParent();
                    if (parent instanceof StandardHost host) {
                        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    }
                    if (parent != null) {
                        for (Valve valve : parent.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve
                                    && !(valve instanceof ProblemErrorReportValve)) {
                                parent.getPipeline().removeValve(valve);
                            }
                        }
                        // Outside the error report, so that the answer is complete before the rest
                        // of the body is dropped.
                        parent.getPipeline()
                                .addValve(new UnreadBodyValve(drainBudget, maxDrainBytes));
                        parent.getPipeline().addValve(new ProblemErrorReportValve());
                    }
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

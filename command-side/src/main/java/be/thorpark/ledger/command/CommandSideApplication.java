package be.thorpark.ledger.command;

import be.thorpark.ledger.eventstore.config.LedgerRuntime;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side alone, for split mode: it accepts commands and appends their events. */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        LedgerRuntime.prepare();
        SpringApplication.run(CommandSideApplication.class, args);
    }
}

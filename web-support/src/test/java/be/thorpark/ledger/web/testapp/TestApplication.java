package be.thorpark.ledger.web.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal ledger HTTP side: web support's auto-configuration and the controllers next to this
 * class.
 */
@SpringBootApplication
public class TestApplication {}

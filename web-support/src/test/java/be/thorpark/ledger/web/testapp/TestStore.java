package be.thorpark.ledger.web.testapp;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's database for the test server: an in-memory MongoDB-wire server on a free loopback
 * port.
 */
@Configuration(proxyBeanMethods = false)
class TestStore {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer testMongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient testMongoClient(MongoServer server) {
        return MongoClients.create(server.getConnectionString());
    }

    @Bean
    MongoDatabase testDatabase(MongoClient client) {
        return client.getDatabase("web_support_test");
    }
}

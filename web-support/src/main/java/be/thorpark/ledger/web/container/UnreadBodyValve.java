package be.thorpark.ledger.web.container;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * After a refusal (any 4xx or 5xx: 401 before authentication, 413, 408, ...) the body the client is
 * still sending is not worth a thread. Tomcat would read and discard it, at whatever pace the
 * client sends it, before the connection can serve the next request; a client sending one byte a
 * second holds a thread for as long as it likes. This valve sends the answer at once, then discards
 * what arrives within a short budget (so that a client that sends its body at a normal pace still
 * reads the answer rather than a reset connection), and if the body is not over by then it tells
 * Tomcat to close the connection instead of reading on.
 */
public class UnreadBodyValve extends ValveBase {

    private final long budgetNanos;
    private final long maxDrainBytes;

    public UnreadBodyValve(Duration budget, long maxDrainBytes) {
        super(true);
        this.budgetNanos = budget.toNanos();
        this.maxDrainBytes = maxDrainBytes;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.isAsync()
                || response.getStatus() < 400
                || !bodyRemains(request.getCoyoteRequest())) {
            return;
        }
        try {
            response.flushBuffer();
            // A body that was too slow or too long already is not waited for again.
            boolean worthWaiting = response.getStatus() != 408 && response.getStatus() != 413;
            if (worthWaiting && drained(request)) {
                return;
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the body was read as text: either way the connection is not
            // reused.
        }
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
    }

    private static boolean bodyRemains(org.apache.coyote.Request coyote) {
        long length = coyote.getContentLengthLong();
        if (length >= 0) {
            return coyote.getBytesRead() < length;
        }
        return coyote.getHeader("transfer-encoding") != null && !coyote.isFinished();
    }

    private boolean drained(Request request) throws IOException {
        long deadline = System.nanoTime() + budgetNanos;
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        while (System.nanoTime() < deadline && total <= maxDrainBytes) {
            int n = in.read(buffer);
            if (n < 0) {
                return true;
            }
            total += n;
        }
        return false;
    }
}

package be.thorpark.ledger.web.http;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reading a request body may take {@code campus.http.body-read-timeout} in all: Tomcat's connection timeout bounds
 * the pause between two packets, not the whole body, so a client trickling a byte a second would otherwise hold a
 * thread for as long as it likes. Only the time spent waiting for the client's bytes counts, not the server's own
 * work before or between reads (a busy machine must not turn into 408s). A late body is refused with 408.
 */
public class BodyDeadlineFilter extends OncePerRequestFilter {

    private final long timeoutNanos;
    private final String detail;

    public BodyDeadlineFilter(Duration timeout) {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("campus.http.body-read-timeout must be positive, not " + timeout);
        }
        this.timeoutNanos = timeout.toNanos();
        this.detail = "The request body did not arrive within " + timeout.toMillis() + " ms";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new DeadlineRequest(request, timeoutNanos, detail), response);
    }

    private static final class DeadlineRequest extends HttpServletRequestWrapper {

        private final long budget;
        private final String detail;
        private ServletInputStream stream;
        private BufferedReader reader;

        DeadlineRequest(HttpServletRequest request, long budget, String detail) {
            super(request);
            this.budget = budget;
            this.detail = detail;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new DeadlineInputStream(super.getInputStream(), budget, detail);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class DeadlineInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long budget;
        private final String detail;
        private long waited;

        DeadlineInputStream(ServletInputStream delegate, long budget, String detail) {
            this.delegate = delegate;
            this.budget = budget;
            this.detail = detail;
        }

        @Override
        public int read() throws IOException {
            long start = System.nanoTime();
            int b = delegate.read();
            counted(start);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long start = System.nanoTime();
            int n = delegate.read(buffer, offset, length);
            counted(start);
            return n;
        }

        private void counted(long start) {
            waited += System.nanoTime() - start;
            if (waited > budget) {
                throw new ProblemException(ProblemCode.REQUEST_TIMEOUT, detail);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return delegate.available();
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}

package be.thorpark.ledger.web.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body tells a {@link Reads} observer about every read from the client: how many
 * bytes arrived and how long the read waited for them. The observer refuses the body by throwing;
 * the body filters (size limit, deadline) are each one observer over this one wrapper. The reader
 * is built on the observed stream, so a body read as text is observed the same way.
 */
final class ObservedBodyRequest extends HttpServletRequestWrapper {

    /** Hears of each read of the body; may throw to refuse the rest of it. */
    interface Reads {

        /**
         * {@code bytes} arrived (0 at the end of the body) after waiting {@code waitedNanos} for
         * them.
         */
        void read(int bytes, long waitedNanos);
    }

    private final Reads reads;
    private ServletInputStream stream;
    private BufferedReader reader;

    ObservedBodyRequest(HttpServletRequest request, Reads reads) {
        super(request);
        this.reads = reads;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new ObservedInputStream(super.getInputStream(), reads);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset =
                    encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    private static final class ObservedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final Reads reads;

        ObservedInputStream(ServletInputStream delegate, Reads reads) {
            this.delegate = delegate;
            this.reads = reads;
        }

        @Override
        public int read() throws IOException {
            long start = System.nanoTime();
            int b = delegate.read();
            reads.read(b >= 0 ? 1 : 0, System.nanoTime() - start);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long start = System.nanoTime();
            int n = delegate.read(buffer, offset, length);
            reads.read(Math.max(n, 0), System.nanoTime() - start);
            return n;
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
